import type { FastifyPluginAsync } from 'fastify';
import { referralRoutes } from './routes.ts';

export const referralsModule: FastifyPluginAsync = async (app) => {
  await app.register(referralRoutes);
};
