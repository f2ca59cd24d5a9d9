import { and, count, eq, exists, ilike, inArray, or, sql } from 'drizzle-orm';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
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

/** A page of services in a stable order, with the total, for the HSDS export. */
export async function pageOfServices(db: DbOrTx, offset: number, limit: number, organizationId?: string) {
  const where = and(eq(services.status, 'published'), organizationId ? eq(services.organizationId, organizationId) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(services).where(where).orderBy(services.code).offset(offset).limit(limit),
    db.select({ n: count() }).from(services).where(where),
  ]);
  return { rows, total: total!.n };
}

export async function pageOfOrganizations(db: DbOrTx, offset: number, limit: number) {
  const [rows, [total]] = await Promise.all([
    db.select().from(organizations).orderBy(organizations.code).offset(offset).limit(limit),
    db.select({ n: count() }).from(organizations),
  ]);
  return { rows, total: total!.n };
}

export async function findOrganization(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function serviceLocationsOf(db: DbOrTx, serviceIds: string[]) {
  if (serviceIds.length === 0) return [];
  return db
    .select({ sal: serviceAtLocations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(inArray(serviceAtLocations.serviceId, serviceIds));
}

export async function priceLinesOfServices(db: DbOrTx, serviceIds: string[]) {
  if (serviceIds.length === 0) return [];
  return db.select().from(servicePriceLines).where(inArray(servicePriceLines.serviceId, serviceIds));
}

/** A page of published services' places (service at location) with their locations. */
export async function pageOfServiceAtLocations(db: DbOrTx, offset: number, limit: number) {
  const published = eq(services.status, 'published');
  const [rows, [total]] = await Promise.all([
    db
      .select({ sal: serviceAtLocations, location: locations })
      .from(serviceAtLocations)
      .innerJoin(services, eq(services.id, serviceAtLocations.serviceId))
      .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
      .where(published)
      .orderBy(serviceAtLocations.id)
      .offset(offset)
      .limit(limit),
    db.select({ n: count() }).from(serviceAtLocations).innerJoin(services, eq(services.id, serviceAtLocations.serviceId)).where(published),
  ]);
  return { rows, total: total!.n };
}

export interface ServiceFilter {
  name?: string;
  category?: string[];
  organizationId?: string;
  locationId?: string;
  near?: { lat: number; lon: number; km: number };
  limit: number;
}

const withinKm = (near: { lat: number; lon: number; km: number }) => sql`(6371 * 2 * asin(sqrt(
  power(sin(radians(${locations.lat} - ${near.lat}) / 2), 2) +
  cos(radians(${near.lat})) * cos(radians(${locations.lat})) * power(sin(radians(${locations.lon} - ${near.lon}) / 2), 2)))) <= ${near.km}`;

/** Published services matching FHIR-style search parameters. */
export async function findServices(db: DbOrTx, f: ServiceFilter) {
  const conditions = [eq(services.status, 'published')];
  if (f.name) {
    const pattern = `%${f.name.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(services.nameFi, pattern), ilike(services.nameSv, pattern), ilike(services.nameEn, pattern))!);
  }
  if (f.category?.length) conditions.push(or(inArray(services.serviceClass, f.category), inArray(services.lifeCourseGroup, f.category))!);
  if (f.organizationId) conditions.push(eq(services.organizationId, f.organizationId));
  if (f.locationId || f.near) {
    const place = and(
      eq(serviceAtLocations.serviceId, services.id),
      f.locationId ? eq(serviceAtLocations.locationId, f.locationId) : undefined,
      f.near ? withinKm(f.near) : undefined,
    );
    conditions.push(
      exists(db.select({ one: sql`1` }).from(serviceAtLocations).innerJoin(locations, eq(locations.id, serviceAtLocations.locationId)).where(place)),
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db.select().from(services).where(where).orderBy(services.nameFi).limit(f.limit),
    db.select({ n: count() }).from(services).where(where),
  ]);
  return { rows, total: total!.n };
}

export async function findOrganizationsByName(db: DbOrTx, name: string | undefined, limit: number) {
  const where = name ? or(ilike(organizations.nameFi, `%${name}%`), ilike(organizations.nameSv, `%${name}%`)) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(organizations).where(where).orderBy(organizations.nameFi).limit(limit),
    db.select({ n: count() }).from(organizations).where(where),
  ]);
  return { rows, total: total!.n };
}

export async function findLocations(db: DbOrTx, f: { name?: string; organizationId?: string; near?: { lat: number; lon: number; km: number }; limit: number }) {
  const where = and(
    f.name ? or(ilike(locations.nameFi, `%${f.name}%`), ilike(locations.nameSv, `%${f.name}%`)) : undefined,
    f.organizationId ? eq(locations.organizationId, f.organizationId) : undefined,
    f.near ? withinKm(f.near) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(locations).where(where).orderBy(locations.nameFi).limit(f.limit),
    db.select({ n: count() }).from(locations).where(where),
  ]);
  return { rows, total: total!.n };
}

/** Organisation ids by code and by business id, for resolving references in imports. */
export async function organizationIndex(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.select({ id: organizations.id, code: organizations.code, businessId: organizations.businessId }).from(organizations);
  return new Map(rows.flatMap((r) => [[r.code, r.id] as const, [r.businessId, r.id] as const]));
}

export async function locationIndex(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.select({ id: locations.id, code: locations.code }).from(locations);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function serviceCodes(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: services.code }).from(services).where(inArray(services.code, codes));
  return new Set(rows.map((r) => r.code));
}

const organizationsQuery = preparedRead('catalog_organizations_by_ids', (db) =>
  db.select().from(organizations).where(sql`${organizations.id} = any(${sql.placeholder('ids')}::uuid[])`),
);

export async function organizationsByIds(db: DbOrTx, ids: string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return organizationsQuery(db, { ids });
}

/** Service ids by code, for seeding and imports. */
export async function serviceIndex(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select({ id: services.id, code: services.code }).from(services).where(inArray(services.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Published services of some organisations, by Finnish name: what a resident can write to (messaging). */
export async function publishedServicesOf(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({ id: services.id, organizationId: services.organizationId, serviceClass: services.serviceClass, nameFi: services.nameFi, nameSv: services.nameSv, nameEn: services.nameEn })
    .from(services)
    .where(and(eq(services.status, 'published'), inArray(services.organizationId, organizationIds)))
    .orderBy(services.nameFi);
}

/** Service names in the three languages by id, for other modules' views. */
export async function serviceNamesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: services.id, nameFi: services.nameFi, nameSv: services.nameSv, nameEn: services.nameEn }).from(services).where(inArray(services.id, ids));
}
