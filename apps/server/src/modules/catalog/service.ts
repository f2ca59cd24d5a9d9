import type { Db, DbOrTx } from '../../db/client.ts';
import * as locationsRepo from './repo-locations.ts';
import * as repo from './repo.ts';
import type { SearchQuery } from './schema.ts';
import { searchCatalog } from './search.ts';
import { localized } from './localized.ts';

export { refreshSearchIndex } from './search-index.ts';

export { localized } from './localized.ts';
export { locationDetails, serviceDetails } from './details.ts';

/** Published services at their locations matching the query, with facets and the next page's cursor (as JSON text). */
export const search = (db: Db, query: SearchQuery, now = new Date(), allocate?: (length: number) => Buffer) => searchCatalog(db, query, now, allocate);

export async function listPlaces(db: DbOrTx, types: readonly string[]) {
  return locationsRepo.listLocations(db, types);
}

export const saveLocation = locationsRepo.upsertLocation;
export const locationsOnStreet = locationsRepo.locationsOnStreet;
export const saveOpeningHours = locationsRepo.replaceOpeningHours;
export const saveOrganization = repo.upsertOrganization;
export const saveService = repo.upsertService;
export const savePriceLines = repo.replacePriceLines;
export const saveServiceLocations = repo.replaceServiceLocations;
export { addOrganizationAdmin } from './editing.ts';

/** Organisation names by id (Finnish), for other modules' views. */
export async function organizationNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  return new Map((await repo.organizationsByIds(db, [...new Set(ids)])).map((o) => [o.id, o.nameFi]));
}

/** Organisation ids by code (and business id), for seeding and imports. */
export const organizationIdsByCode = repo.organizationIndex;
/** Service ids by code, for seeding. */
export const serviceIdsByCode = repo.serviceIndex;

/** A published service with its producer's Finnish names, for other modules (referrals); undefined if none. */
export async function publishedService(db: DbOrTx, id: string) {
  const found = await repo.findService(db, id);
  if (!found || found.service.status !== 'published') return undefined;
  return { id: found.service.id, name: found.service.nameFi, organizationId: found.organization.id, organizationName: found.organization.nameFi };
}

/** The organisations whose producer administrator the user is. */
export { organizationsOfAdmin as organizationsAdministeredBy } from './repo-editing.ts';

/**
 * Locations with their names, address, area and hours (weekly and exceptions, "HH:MM"), for
 * booking: slots at a place exist only while it is open.
 */
export async function placesWithHours(db: DbOrTx, ids: string[]) {
  const unique = [...new Set(ids)];
  const [rows, hours] = await Promise.all([Promise.all(unique.map((id) => repo.findLocation(db, id))), repo.hoursOfLocations(db, unique)]);
  const hhmm = (t: string) => t.slice(0, 5);
  return rows.flatMap((l) =>
    l
      ? [
          {
            id: l.id,
            name: localized(l.nameFi, l.nameSv, l.nameEn),
            address: { street: l.street, postalCode: l.postalCode, city: l.city },
            areaId: l.areaId,
            weekly: hours.weekly.filter((h) => h.locationId === l.id).map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) })),
            exceptions: hours.exceptions
              .filter((e) => e.locationId === l.id)
              .map((e) => ({ date: e.date, opens: e.opens && hhmm(e.opens), closes: e.closes && hhmm(e.closes), note: e.note })),
          },
        ]
      : [],
  );
}

/** Location ids by code, for seeding. */
export const locationIdsByCode = repo.locationIndex;

/** Published services of the given organisations with their class and names, for other modules (messaging). */
export const publishedServicesOf = repo.publishedServicesOf;
/** Service names (fi, sv, en) by id, for other modules' views (messaging). */
export const serviceNamesByIds = repo.serviceNamesByIds;
