import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { outboxItem, outboxQuery, preferencesInput, preferencesView } from './schema.ts';
import { outbox, preferencesFor, savePreferences } from './service.ts';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/notification-preferences',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'How I want to be told: channel, language and address', response: { 200: preferencesView } } },
    async (request) => preferencesFor(app.db, request.user!.id),
  );

  app.put(
    '/api/me/notification-preferences',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Choose the channel (e-mail, SMS or none), language and address of my messages', body: preferencesInput, response: { 200: preferencesView } } },
    async (request) => savePreferences(app.db, request.user!.id, request.body),
  );

  // In development and tests anyone logged in may look at what would have been sent (the browser
  // tests read confirmations here); in production the addresses and texts are for administrators.
  app.get(
    '/api/dev/outbox',
    {
      config: { access: app.config.env === 'production' ? ['admin'] : 'authenticated' },
      schema: { tags, summary: 'The outbox: every message sent or to be sent, newest first', querystring: outboxQuery, response: { 200: z.array(outboxItem) } },
    },
    async (request) => outbox(app.db, request.query.limit),
  );
};
