import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from './routes.ts';

export const authModule: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes);
};
