import { AppError } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { fhirHealthcareService, fhirLocation, fhirOrganization, searchBundle } from './fhir.ts';
import * as repo from './repo.ts';
import { idParams } from './schema.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const fhirResource = z.record(z.string(), z.unknown());
const common = { config: { access: 'public' as const } };
const tags = ['fhir'];

/** `Organization/<id>` or a bare id. */
const reference = (type: string) =>
  z
    .string()
    .regex(new RegExp(`^(${type}/)?[0-9a-f-]{36}$`), `must be ${type}/<id>`)
    .transform((v) => v.replace(`${type}/`, ''))
    .optional();

/** near=latitude|longitude|distance|units (units km or m; distance defaults to 5 km). */
const near = z
  .string()
  .transform((v, ctx) => {
    const [lat, lon, distance, units] = v.split('|');
    const km = distance ? Number(distance) / (units === 'm' ? 1000 : 1) : 5;
    if (!Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon)) || lat === '' || lon === '' || !Number.isFinite(km) || km <= 0) {
      ctx.addIssue({ code: 'custom', message: 'must be latitude|longitude|distance|km' });
      return z.NEVER;
    }
    return { lat: Number(lat), lon: Number(lon), km };
  })
  .optional();

const count = z.coerce.number().int().min(1).max(500).default(50);

async function hours(db: Db, ids: string[]) {
  const { weekly } = await repo.hoursOfLocations(db, ids);
  return (id: string) => weekly.filter((h) => h.locationId === id).map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes }));
}

async function healthcareServices(db: Db, rows: repo.ServiceRow[]) {
  const places = await repo.serviceLocationsOf(db, rows.map((s) => s.id));
  return rows.map((s) => {
    const own = places.filter((p) => p.sal.serviceId === s.id);
    const channels = [...new Set(own.flatMap((p) => (p.sal.channels as { type: string }[]).map((c) => c.type)))].sort();
    return fhirHealthcareService(s, own.map((p) => p.location.id), channels);
  });
}

/** FHIR R4 read and search of the catalogue under /fhir/R4. */
export const fhirRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = () => `${app.config.publicUrl}/fhir/R4`;
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400 && request.url.startsWith('/fhir/')) reply.header('content-type', FHIR_JSON);
    return payload;
  });

  app.get(
    '/fhir/R4/HealthcareService',
    {
      ...common,
      schema: {
        tags,
        summary: 'Search HealthcareService by name, service-category, location, organization, near',
        querystring: z.object({ name: z.string().max(200).optional(), 'service-category': z.string().max(500).optional(), location: reference('Location'), organization: reference('Organization'), near, _count: count }),
        response: { 200: fhirResource },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await repo.findServices(app.db, {
        name: q.name,
        category: q['service-category']?.split(',').map((c) => c.split('|').pop()!),
        organizationId: q.organization,
        locationId: q.location,
        near: q.near,
        limit: q._count,
      });
      return searchBundle(base(), await healthcareServices(app.db, rows), total, `${base()}${request.url.replace('/fhir/R4', '')}`);
    },
  );
  app.get('/fhir/R4/HealthcareService/:id', { ...common, schema: { tags, summary: 'Read a HealthcareService', params: idParams, response: { 200: fhirResource } } }, async (request) => {
    const found = await repo.findService(app.db, request.params.id);
    if (!found || found.service.status !== 'published') throw new AppError('not_found', 'No HealthcareService with this id.');
    const [resource] = await healthcareServices(app.db, [found.service]);
    return resource!;
  });

  app.get(
    '/fhir/R4/Location',
    {
      ...common,
      schema: { tags, summary: 'Search Location by name, organization, near', querystring: z.object({ name: z.string().max(200).optional(), organization: reference('Organization'), near, _count: count }), response: { 200: fhirResource } },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await repo.findLocations(app.db, { name: q.name, organizationId: q.organization, near: q.near, limit: q._count });
      const h = await hours(app.db, rows.map((l) => l.id));
      return searchBundle(base(), rows.map((l) => fhirLocation(l, h(l.id))), total, `${base()}${request.url.replace('/fhir/R4', '')}`);
    },
  );
  app.get('/fhir/R4/Location/:id', { ...common, schema: { tags, summary: 'Read a Location', params: idParams, response: { 200: fhirResource } } }, async (request) => {
    const l = await repo.findLocation(app.db, request.params.id);
    if (!l) throw new AppError('not_found', 'No Location with this id.');
    return fhirLocation(l, (await hours(app.db, [l.id]))(l.id));
  });

  app.get(
    '/fhir/R4/Organization',
    { ...common, schema: { tags, summary: 'Search Organization by name', querystring: z.object({ name: z.string().max(200).optional(), _count: count }), response: { 200: fhirResource } } },
    async (request) => {
      const { rows, total } = await repo.findOrganizationsByName(app.db, request.query.name, request.query._count);
      return searchBundle(base(), rows.map(fhirOrganization), total, `${base()}${request.url.replace('/fhir/R4', '')}`);
    },
  );
  app.get('/fhir/R4/Organization/:id', { ...common, schema: { tags, summary: 'Read an Organization', params: idParams, response: { 200: fhirResource } } }, async (request) => {
    const o = await repo.findOrganization(app.db, request.params.id);
    if (!o) throw new AppError('not_found', 'No Organization with this id.');
    return fhirOrganization(o);
  });
};
