import { isOpenAt, type WeeklyHours } from '@avain/domain';
import { localized } from './localized.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import * as locationsRepo from './repo-locations.ts';
import * as repo from './repo.ts';
import type { SearchHit, SearchQuery } from './schema.ts';
import { searchCatalog } from './search.ts';

export { refreshSearchIndex } from './search-index.ts';

export { localized } from './localized.ts';
export { locationDetails, serviceDetails } from './details.ts';

type Channel = SearchHit['channels'][number];

const hhmm = (t: string) => t.slice(0, 5);

export async function search(db: Db, query: SearchQuery, now = new Date()) {
  const result = await searchCatalog(db, query, now);
  const details = await repo.hitDetails(db, result.rows.map((r) => r.service_at_location_id));
  const byId = new Map(details.map((d) => [d.sal.id, d]));
  const { weekly, exceptions } = await repo.hoursOfLocations(db, [...new Set(details.map((d) => d.location.id))]);
  const weeklyOf = (locationId: string): WeeklyHours[] =>
    weekly.filter((h) => h.locationId === locationId).map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) }));
  const exceptionsOf = (locationId: string) =>
    exceptions.filter((e) => e.locationId === locationId).map((e) => ({ date: e.date, opens: e.opens, closes: e.closes, note: e.note }));

  const items: SearchHit[] = result.rows.flatMap((row) => {
    const d = byId.get(row.service_at_location_id);
    if (!d) return [];
    const channels = d.sal.channels as Channel[];
    const walkIn = channels.filter((c) => c.type === 'walk_in').flatMap((c) => c.hours ?? []);
    const locationExceptions = exceptionsOf(d.location.id);
    return [
      {
        id: d.sal.id,
        service: {
          id: d.service.id,
          name: localized(d.service.nameFi, d.service.nameSv, d.service.nameEn),
          summary: localized(d.service.summaryFi, d.service.summarySv, d.service.summaryEn),
          serviceClass: d.service.serviceClass,
          lifeCourseGroup: d.service.lifeCourseGroup,
          free: d.service.feeType === 'free',
        },
        organization: {
          id: d.organization.id,
          name: localized(d.organization.nameFi, d.organization.nameSv, d.organization.nameEn),
          type: d.organization.type as SearchHit['organization']['type'],
        },
        location: {
          id: d.location.id,
          name: localized(d.location.nameFi, d.location.nameSv, d.location.nameEn),
          type: d.location.type,
          address: { street: d.location.street, postalCode: d.location.postalCode, city: d.location.city },
          coordinates: { lat: d.location.lat, lon: d.location.lon },
        },
        channels,
        distanceKm: row.distance_km === null ? null : Math.round(Number(row.distance_km) * 100) / 100,
        openNow: isOpenAt(now, weeklyOf(d.location.id), locationExceptions),
        walkInNow: walkIn.length > 0 && isOpenAt(now, walkIn, locationExceptions),
      },
    ];
  });
  return { items, total: result.total, nextCursor: result.nextCursor, facets: result.facets };
}

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
