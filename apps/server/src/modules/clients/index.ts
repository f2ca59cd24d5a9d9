import type { FastifyPluginAsync } from 'fastify';
import { myDataRoutes } from './me-routes.ts';
import { clientRoutes } from './routes.ts';

export const clientsModule: FastifyPluginAsync = async (app) => {
  await app.register(clientRoutes);
  await app.register(myDataRoutes);
};
