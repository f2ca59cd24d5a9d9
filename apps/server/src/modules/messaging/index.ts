import type { FastifyPluginAsync } from 'fastify';
import { startHub } from './realtime/stream.ts';
import { messagingRoutes } from './routes.ts';

export const messagingModule: FastifyPluginAsync = async (app) => {
  await app.register(messagingRoutes, { hub: await startHub(app) });
};
