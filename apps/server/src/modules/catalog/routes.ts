import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, locationDetail, searchQuery, searchResponse, serviceDetail } from './schema.ts';
import { PageBuffers } from './search-engine/page-buffers.ts';
import { locationDetails, search, serviceDetails } from './service.ts';

export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const pages = new PageBuffers();
  app.get(
    '/api/catalog/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'Search services at their locations: free text (fi/sv/en, typo tolerant), filters, distance, facets',
        querystring: searchQuery,
        response: { 200: searchResponse },
      },
    },
    // The page is serialised by the engine from JSON bytes it keeps (a third of a search's cost
    // otherwise); the tests check it against the response schema, strictly. Its memory serves
    // another page once this one has been handed to the operating system.
    async (request, reply) => {
      const page = await search(app.db, request.query, request.query.at ? new Date(request.query.at) : new Date(), (length) => pages.take(length));
      reply.raw.once('finish', () => pages.release(page));
      return reply.type('application/json; charset=utf-8').send(page as never);
    },
  );

  app.get(
    '/api/catalog/services/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'A published service: criteria, fees, price composition, producer, places and channels',
        params: idParams,
        response: { 200: serviceDetail },
      },
    },
    async (request) => serviceDetails(app.db, request.params.id),
  );

  app.get(
    '/api/catalog/locations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'A location: hours today, accessibility and the services offered there',
        params: idParams,
        response: { 200: locationDetail },
      },
    },
    async (request) => locationDetails(app.db, request.params.id),
  );
};
