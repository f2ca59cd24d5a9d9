import type { FastifyPluginAsync } from 'fastify';
import { startDeliveryWorker } from './delivery.ts';
import { notificationRoutes } from './routes.ts';
import { sendersFrom } from './senders.ts';

export const notificationsModule: FastifyPluginAsync = async (app) => {
  await app.register(notificationRoutes);
  const { intervalSeconds, maxAttempts } = app.config.notifications;
  if (intervalSeconds > 0) {
    let worker: ReturnType<typeof startDeliveryWorker> | undefined;
    app.addHook('onReady', async () => {
      worker = startDeliveryWorker(app.db, sendersFrom(app.config.notifications), { intervalSeconds, maxAttempts, log: app.log });
    });
    app.addHook('onClose', async () => worker?.stop());
  }
};
