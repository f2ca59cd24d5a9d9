import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importServicesCsv } from './import.ts';

/** CSV import of services for coordinators: all rows or none. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 }, (_request, body, done) => done(null, body));
  app.post(
    '/api/catalog/import',
    {
      config: { access: ['service_coordinator', 'admin'] },
      schema: {
        tags: ['catalog editing'],
        summary: 'Import services from CSV (text/csv). If any row has a problem nothing is written and every problem is named by row and column.',
        body: z.string().min(1),
        response: { 200: z.object({ imported: z.number().int(), created: z.number().int(), updated: z.number().int() }) },
      },
    },
    async (request) => importServicesCsv(app.db, request.user!, request.body, request.id),
  );
};
