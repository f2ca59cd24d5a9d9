import type { FastifyPluginAsync } from 'fastify';
import { catalogRoutes } from './routes.ts';

export const catalogModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogRoutes);
};
