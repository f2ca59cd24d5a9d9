import type { FastifyPluginAsync } from 'fastify';
import { areasRoutes } from './routes.ts';

export const areasModule: FastifyPluginAsync = async (app) => {
  await app.register(areasRoutes);
};
