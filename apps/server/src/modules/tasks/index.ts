import type { FastifyPluginAsync } from 'fastify';
import { taskRoutes } from './routes.ts';

export const tasksModule: FastifyPluginAsync = async (app) => {
  await app.register(taskRoutes);
};
