import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { containsPattern } from './repo-editing.ts';
import { locations, openingHourExceptions, organizations, serviceAtLocations, services } from './tables.ts';

/** The editors' list of locations: those of the given organisations (all when null), by Finnish name. */
export async function pageOfEditableLocations(
  db: DbOrTx,
  f: { organizationIds: string[] | null; q?: string | undefined; limit: number; offset: number },
) {
  if (f.organizationIds?.length === 0) return { rows: [], total: 0 };
  const pattern = f.q ? containsPattern(f.q) : null;
  const where = and(
    f.organizationIds ? inArray(locations.organizationId, f.organizationIds) : undefined,
    pattern
      ? or(ilike(locations.nameFi, pattern), ilike(locations.nameSv, pattern), ilike(locations.code, pattern), ilike(locations.city, pattern))
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ location: locations, organization: organizations })
      .from(locations)
      .leftJoin(organizations, eq(organizations.id, locations.organizationId))
      .where(where)
      .orderBy(asc(locations.nameFi), asc(locations.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: count() }).from(locations).where(where),
  ]);
  return { rows, total: total!.n };
}

export async function findLocationWithOrganization(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ location: locations, organization: organizations })
    .from(locations)
    .leftJoin(organizations, eq(organizations.id, locations.organizationId))
    .where(eq(locations.id, id));
  return row;
}

/** Every service offered at the location, whatever its status: editors see drafts too. */
export async function servicesOfLocation(db: DbOrTx, locationId: string) {
  return db
    .select({ id: services.id, nameFi: services.nameFi, nameSv: services.nameSv, nameEn: services.nameEn, status: services.status })
    .from(serviceAtLocations)
    .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
    .where(eq(serviceAtLocations.locationId, locationId))
    .orderBy(asc(services.nameFi));
}

export async function updateLocationColumns(db: DbOrTx, id: string, columns: Partial<typeof locations.$inferInsert>): Promise<void> {
  if (Object.keys(columns).length === 0) return;
  await db.update(locations).set(columns).where(eq(locations.id, id));
}

export async function replaceExceptions(
  db: DbOrTx,
  locationId: string,
  rows: { date: string; opens: string | null; closes: string | null; note: string | null }[],
): Promise<void> {
  await db.delete(openingHourExceptions).where(eq(openingHourExceptions.locationId, locationId));
  if (rows.length > 0) await db.insert(openingHourExceptions).values(rows.map((r) => ({ locationId, ...r })));
}

/** Takes the location's row lock, so two saves on the same revision cannot both pass the check. */
export async function lockLocation(db: DbOrTx, id: string): Promise<void> {
  await db.select({ id: locations.id }).from(locations).where(eq(locations.id, id)).for('update');
}
