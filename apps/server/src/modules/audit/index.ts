import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './routes.ts';

export const auditModule: FastifyPluginAsync = async (app) => {
  await app.register(auditRoutes);
};
