import { AppError } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { hsdsLocation, hsdsOrganization, hsdsPage, hsdsService, hsdsServiceAtLocation } from './hsds.ts';
import * as repo from './repo.ts';
import * as locationsRepo from './repo-locations.ts';

interface Paging {
  page: number;
  perPage: number;
}

const hhmm = (t: string) => t.slice(0, 5);

async function hoursByLocation(db: Db, locationIds: string[]) {
  const { weekly } = await repo.hoursOfLocations(db, locationIds);
  return (id: string) => weekly.filter((h) => h.locationId === id).map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens), closes: hhmm(h.closes) }));
}

/** HSDS services with their organisation, cost options and service-at-locations, fully nested. */
async function fullServices(db: Db, rows: repo.ServiceRow[]) {
  const ids = rows.map((s) => s.id);
  const places = await repo.serviceLocationsOf(db, ids);
  const hours = await hoursByLocation(db, [...new Set(places.map((p) => p.location.id))]);
  const organizations = new Map<string, ReturnType<typeof hsdsOrganization>>();
  for (const orgId of new Set(rows.map((s) => s.organizationId))) {
    const org = await repo.findOrganization(db, orgId);
    if (org) organizations.set(orgId, hsdsOrganization(org));
  }
  return rows.map((s) =>
    hsdsService(
      s,
      organizations.get(s.organizationId),
      places
        .filter((p) => p.sal.serviceId === s.id)
        .map((p) => hsdsServiceAtLocation(p.sal.id, s.id, hsdsLocation(p.location, hours(p.location.id)), p.sal.channels as never)),
    ),
  );
}

export async function hsdsServices(db: Db, paging: Paging, organizationId?: string) {
  const { rows, total } = await repo.pageOfServices(db, (paging.page - 1) * paging.perPage, paging.perPage, organizationId);
  return hsdsPage(await fullServices(db, rows), total, paging.page, paging.perPage);
}

export async function hsdsServiceById(db: Db, id: string) {
  const found = await repo.findService(db, id);
  if (!found || found.service.status !== 'published') throw new AppError('not_found', 'No published service with this id.');
  const [service] = await fullServices(db, [found.service]);
  return service!;
}

export async function hsdsOrganizations(db: Db, paging: Paging) {
  const { rows, total } = await repo.pageOfOrganizations(db, (paging.page - 1) * paging.perPage, paging.perPage);
  return hsdsPage(rows.map(hsdsOrganization), total, paging.page, paging.perPage);
}

export async function hsdsOrganizationById(db: Db, id: string) {
  const org = await repo.findOrganization(db, id);
  if (!org) throw new AppError('not_found', 'No organisation with this id.');
  const { rows } = await repo.pageOfServices(db, 0, 10_000, id);
  return { ...hsdsOrganization(org), services: await fullServices(db, rows) };
}

export async function hsdsLocations(db: Db, paging: Paging) {
  const { rows, total } = await locationsRepo.pageOfLocations(db, (paging.page - 1) * paging.perPage, paging.perPage);
  const hours = await hoursByLocation(db, rows.map((l) => l.id));
  return hsdsPage(rows.map((l) => hsdsLocation(l, hours(l.id))), total, paging.page, paging.perPage);
}

export async function hsdsServiceAtLocations(db: Db, paging: Paging) {
  const { rows, total } = await repo.pageOfServiceAtLocations(db, (paging.page - 1) * paging.perPage, paging.perPage);
  const hours = await hoursByLocation(db, [...new Set(rows.map((r) => r.location.id))]);
  const contents = rows.map((r) =>
    hsdsServiceAtLocation(r.sal.id, r.sal.serviceId, hsdsLocation(r.location, hours(r.location.id)), r.sal.channels as never),
  );
  return hsdsPage(contents, total, paging.page, paging.perPage);
}
