import type { FastifyPluginAsync } from 'fastify';
import { callbackRoutes } from './callback-routes.ts';
import { walkInRoutes } from './walk-in-routes.ts';
import { myBookingRoutes } from './me-routes.ts';
import { bookingRoutes } from './routes.ts';
import { scheduleDailyT3 } from './t3.ts';
import { jitsiStyleProvider } from './video.ts';

export const bookingModule: FastifyPluginAsync = async (app) => {
  const deps = { video: jitsiStyleProvider(app.config.videoBaseUrl) };
  await app.register(bookingRoutes, deps);
  await app.register(myBookingRoutes, deps);
  scheduleDailyT3(app);
  await app.register(walkInRoutes);
  await app.register(callbackRoutes);
};
