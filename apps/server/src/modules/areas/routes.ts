import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { areasResponse } from './schema.ts';
import { listAreasWithPlaces } from './service.ts';

export const areasRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/areas',
    {
      config: { access: 'public' },
      schema: {
        tags: ['areas'],
        summary: 'Welfare areas with their welfare centres and points',
        response: { 200: areasResponse },
      },
    },
    async () => listAreasWithPlaces(app.db),
  );
};
