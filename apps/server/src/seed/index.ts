import type { Db } from '../db/client.ts';
import { hasAnyArea, saveArea } from '../modules/areas/service.ts';
import { saveLocalUser } from '../modules/auth/service.ts';
import { addOrganizationAdmin } from '../modules/catalog/service.ts';
import { loadPopulationResponsibility } from './areas.ts';
import { loadCatalog } from './catalog.ts';
import { loadDemoBooking } from './booking.ts';
import { loadDemoClients } from './clients.ts';
import { loadDemoPlans } from './plans.ts';
import { CATALOG_LOCATIONS, CATALOG_ORGANIZATIONS, CATALOG_SERVICES, CENTRE_DETAILS } from './catalog-oulu.ts';
import type { SeedLocation } from './catalog-types.ts';
import { DEMO_PASSWORD, DEMO_USERS, OULU_AREAS, OULU_LOCATIONS } from './oulu.ts';

/**
 * Which producer each demo producer administrator keeps up to date: the first private producer,
 * and a mental health association (an NGO that receives referrals to its peer groups).
 */
const DEMO_PRODUCERS: Record<string, string> = {
  tuottaja: CATALOG_ORGANIZATIONS.find((o) => o.type === 'private')!.key,
  jarjesto: 'mielenterveysseura-aalto',
};

/** The welfare centres and points, owned by the welfare region, with their hours and accessibility. */
function centresAndPoints(): SeedLocation[] {
  const region = CATALOG_ORGANIZATIONS.find((o) => o.type === 'public');
  if (!region) throw new Error('The demo catalogue has no public organisation');
  return OULU_LOCATIONS.map(({ nameFi, nameSv, nameEn, ...l }) => ({
    ...l,
    name: { fi: nameFi, sv: nameSv, en: nameEn },
    organization: region.key,
    accessibility: CENTRE_DETAILS[l.code]?.accessibility ?? [],
    openingHours: CENTRE_DETAILS[l.code]?.openingHours ?? [],
  }));
}

/** Loads (or reloads) the Oulu demo data. Idempotent: running it twice changes nothing more. */
export async function seedDemoData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const areaIds = new Map<string, string>();
    for (const area of OULU_AREAS) areaIds.set(area.code, await saveArea(tx, area));
    await loadCatalog(
      tx,
      { organizations: CATALOG_ORGANIZATIONS, locations: [...centresAndPoints(), ...CATALOG_LOCATIONS], services: CATALOG_SERVICES },
      areaIds,
      new Map(),
    );
    await loadPopulationResponsibility(tx, new Map([...areaIds].map(([code, id]) => [id, code])));
    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const id = await saveLocalUser(tx, { ...user, password: DEMO_PASSWORD });
      userIds.set(user.username, id);
      const producer = DEMO_PRODUCERS[user.username];
      if (producer) await addOrganizationAdmin(tx, id, producer);
    }
    const names = new Map(DEMO_USERS.map((u) => [u.username, u.displayName]));
    const clientIds = await loadDemoClients(tx, userIds, names);
    await loadDemoPlans(tx, clientIds, { ids: userIds, names });
    await loadDemoBooking(tx, clientIds, { ids: userIds, names });
  });
}

/** Loads the demo data only into an empty database (first start). */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (await hasAnyArea(db)) return false;
  await seedDemoData(db);
  return true;
}
