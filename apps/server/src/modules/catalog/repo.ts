import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  locations,
  openingHourExceptions,
  openingHours,
  organizations,
  serviceAtLocations,
  servicePriceLines,
  services,
} from './tables.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;

export async function upsertOrganization(db: DbOrTx, org: typeof organizations.$inferInsert): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values(org)
    .onConflictDoUpdate({ target: organizations.code, set: { ...org, id: undefined } })
    .returning({ id: organizations.id });
  return row!.id;
}

export async function upsertService(db: DbOrTx, service: NewService): Promise<string> {
  const [row] = await db
    .insert(services)
    .values(service)
    .onConflictDoUpdate({ target: services.code, set: { ...service, id: undefined } })
    .returning({ id: services.id });
  return row!.id;
}

export async function replacePriceLines(db: DbOrTx, serviceId: string, lines: Omit<typeof servicePriceLines.$inferInsert, 'serviceId'>[]) {
  await db.delete(servicePriceLines).where(eq(servicePriceLines.serviceId, serviceId));
  if (lines.length > 0) await db.insert(servicePriceLines).values(lines.map((l) => ({ ...l, serviceId })));
}

export async function replaceServiceLocations(db: DbOrTx, serviceId: string, rows: { locationId: string; channels: unknown }[]) {
  await db.delete(serviceAtLocations).where(eq(serviceAtLocations.serviceId, serviceId));
  if (rows.length > 0) await db.insert(serviceAtLocations).values(rows.map((r) => ({ ...r, serviceId })));
}

/** Everything a search hit shows, for the given service-at-location ids. */
export async function hitDetails(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ sal: serviceAtLocations, service: services, organization: organizations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(inArray(serviceAtLocations.id, ids));
}

export async function hoursOfLocations(db: DbOrTx, locationIds: string[]) {
  if (locationIds.length === 0) return { weekly: [], exceptions: [] };
  const [weekly, exceptions] = await Promise.all([
    db.select().from(openingHours).where(inArray(openingHours.locationId, locationIds)),
    db.select().from(openingHourExceptions).where(inArray(openingHourExceptions.locationId, locationIds)),
  ]);
  return { weekly, exceptions };
}

export async function findService(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ service: services, organization: organizations })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(eq(services.id, id));
  return row;
}

export async function priceLinesOf(db: DbOrTx, serviceId: string) {
  return db.select().from(servicePriceLines).where(eq(servicePriceLines.serviceId, serviceId)).orderBy(servicePriceLines.position);
}

/** The locations where a service is offered, with the channels at each. */
export async function placesOfService(db: DbOrTx, serviceId: string) {
  return db
    .select({ sal: serviceAtLocations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(eq(serviceAtLocations.serviceId, serviceId));
}

export async function findLocation(db: DbOrTx, id: string) {
  const [row] = await db.select().from(locations).where(eq(locations.id, id));
  return row;
}

/** The published services offered at a location, with their channels there. */
export async function servicesAtLocation(db: DbOrTx, locationId: string) {
  return db
    .select({ sal: serviceAtLocations, service: services, organization: organizations })
    .from(serviceAtLocations)
    .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
    .innerJoin(organizations, eq(organizations.id, services.organizationId))
    .where(and(eq(serviceAtLocations.locationId, locationId), eq(services.status, 'published')));
}
