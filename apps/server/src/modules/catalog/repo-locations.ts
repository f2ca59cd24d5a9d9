import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { locations, openingHours } from './tables.ts';

export type LocationRow = typeof locations.$inferSelect;
export type NewLocation = typeof locations.$inferInsert;

export async function listLocations(db: DbOrTx, types?: readonly string[]): Promise<LocationRow[]> {
  return db
    .select()
    .from(locations)
    .where(types ? inArray(locations.type, [...types]) : undefined)
    .orderBy(asc(locations.type), asc(locations.nameFi));
}

export async function upsertLocation(db: DbOrTx, location: NewLocation): Promise<string> {
  const [row] = await db
    .insert(locations)
    .values(location)
    .onConflictDoUpdate({ target: locations.code, set: { ...location, id: undefined } })
    .returning({ id: locations.id });
  return row!.id;
}

export async function replaceOpeningHours(
  db: DbOrTx,
  locationId: string,
  hours: { weekday: number; opens: string; closes: string }[],
): Promise<void> {
  await db.delete(openingHours).where(eq(openingHours.locationId, locationId));
  if (hours.length > 0) await db.insert(openingHours).values(hours.map((h) => ({ locationId, ...h })));
}

export async function pageOfLocations(db: DbOrTx, offset: number, limit: number) {
  const [rows, [total]] = await Promise.all([
    db.select().from(locations).orderBy(locations.code).offset(offset).limit(limit),
    db.select({ n: count() }).from(locations),
  ]);
  return { rows, total: total!.n };
}

/** Locations whose street address starts with the given text (case-insensitive), for geocoding. */
export async function locationsOnStreet(db: DbOrTx, streetStart: string): Promise<LocationRow[]> {
  const pattern = `${streetStart.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db.select().from(locations).where(sql`lower(${locations.street}) like ${pattern}`).orderBy(asc(locations.code)).limit(20);
}
