import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  hsdsLocations,
  hsdsOrganizationById,
  hsdsOrganizations,
  hsdsServiceAtLocations,
  hsdsServiceById,
  hsdsServices,
} from './hsds-export.ts';
import { idParams } from './schema.ts';

const paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
});
const hsdsJson = z.record(z.string(), z.unknown());
const common = { config: { access: 'public' as const } };
const tags = ['hsds'];

/** The catalogue as an Open Referral HSDS 3.0 API (read only, public). */
export const hsdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/hsds/', { ...common, schema: { tags, summary: 'HSDS API root: version and profile', response: { 200: hsdsJson } } }, async () => ({
    version: '3.0',
    profile: 'https://openreferral.org/',
    openapi_url: '/api/openapi.json',
  }));
  const page = (q: { page: number; per_page: number }) => ({ page: q.page, perPage: q.per_page });
  app.get(
    '/api/hsds/services',
    { ...common, schema: { tags, summary: 'HSDS services, fully nested, paginated', querystring: paging.extend({ organization_id: z.string().uuid().optional() }), response: { 200: hsdsJson } } },
    async (request) => hsdsServices(app.db, page(request.query), request.query.organization_id),
  );
  app.get('/api/hsds/services/:id', { ...common, schema: { tags, summary: 'One HSDS service', params: idParams, response: { 200: hsdsJson } } }, async (request) =>
    hsdsServiceById(app.db, request.params.id),
  );
  app.get('/api/hsds/organizations', { ...common, schema: { tags, summary: 'HSDS organizations', querystring: paging, response: { 200: hsdsJson } } }, async (request) =>
    hsdsOrganizations(app.db, page(request.query)),
  );
  app.get(
    '/api/hsds/organizations/:id',
    { ...common, schema: { tags, summary: 'One HSDS organization with its services', params: idParams, response: { 200: hsdsJson } } },
    async (request) => hsdsOrganizationById(app.db, request.params.id),
  );
  app.get('/api/hsds/locations', { ...common, schema: { tags, summary: 'HSDS locations with addresses, accessibility and schedules', querystring: paging, response: { 200: hsdsJson } } }, async (request) =>
    hsdsLocations(app.db, page(request.query)),
  );
  app.get(
    '/api/hsds/service_at_locations',
    { ...common, schema: { tags, summary: 'HSDS service_at_locations with phones, schedules and locations', querystring: paging, response: { 200: hsdsJson } } },
    async (request) => hsdsServiceAtLocations(app.db, page(request.query)),
  );
};
