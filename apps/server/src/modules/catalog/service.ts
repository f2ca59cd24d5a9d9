import type { Db, DbOrTx } from '../../db/client.ts';
import * as locationsRepo from './repo-locations.ts';
import * as repo from './repo.ts';
import type { SearchQuery } from './schema.ts';
import { searchCatalog } from './search.ts';

export { refreshSearchIndex } from './search-index.ts';

export { localized } from './localized.ts';
export { locationDetails, serviceDetails } from './details.ts';

/** Published services at their locations matching the query, with facets and the next page's cursor. */
export const search = (db: Db, query: SearchQuery, now = new Date()) => searchCatalog(db, query, now);

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
