import type { Db } from '../db/client.ts';
import { hasAnyArea, saveArea, saveLocation } from '../modules/areas/service.ts';
import { saveLocalUser } from '../modules/auth/service.ts';
import { DEMO_PASSWORD, DEMO_USERS, OULU_AREAS, OULU_LOCATIONS } from './oulu.ts';

/** Loads (or reloads) the Oulu demo data. Idempotent: running it twice changes nothing more. */
export async function seedDemoData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const areaIds = new Map<string, string>();
    for (const area of OULU_AREAS) areaIds.set(area.code, await saveArea(tx, area));
    for (const { area, ...location } of OULU_LOCATIONS) {
      await saveLocation(tx, { ...location, areaId: areaIds.get(area)! });
    }
    for (const user of DEMO_USERS) await saveLocalUser(tx as unknown as Db, { ...user, password: DEMO_PASSWORD });
  });
}

/** Loads the demo data only into an empty database (first start). */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (await hasAnyArea(db)) return false;
  await seedDemoData(db);
  return true;
}
