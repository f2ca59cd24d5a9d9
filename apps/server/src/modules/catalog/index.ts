import type { FastifyPluginAsync } from 'fastify';
import { hsdsRoutes } from './hsds-routes.ts';
import { catalogRoutes } from './routes.ts';

export const catalogModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogRoutes);
  await app.register(hsdsRoutes);
};
