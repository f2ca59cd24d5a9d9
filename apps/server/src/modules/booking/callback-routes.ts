import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf, STAFF } from '../clients/routes.ts';
import { actingQuery, callbackFilter, callbackInput, callbackParams, handledInput, myCallbackView, staffCallbackView } from './callback-schema.ts';
import { handleCallback, myCallbacks, requestCallback, staffCallbacks } from './callbacks.ts';

const tags = ['call-back'];

export const callbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/me/callbacks',
    {
      config: { access: ['resident'], clientData: true },
      schema: { tags, summary: 'Ask to be called back: to my responsible worker, or the chosen service\'s shared queue', querystring: actingQuery, body: callbackInput, response: { 201: myCallbackView } },
    },
    async (request, reply) => reply.code(201).send(await requestCallback(app.db, accessorOf(request), request.query.for, request.body, app.config.callbackDueHours)),
  );

  app.get(
    '/api/me/callbacks',
    { config: { access: ['resident'], clientData: true }, schema: { tags, summary: 'My call-back requests and whether they are handled', querystring: actingQuery, response: { 200: z.array(myCallbackView) } } },
    async (request) => myCallbacks(app.db, accessorOf(request), request.query.for),
  );

  app.get(
    '/api/callbacks',
    {
      config: { access: STAFF, clientData: true },
      schema: { tags, summary: "Call-back requests to me and my organisation's shared queue, longest waiting first (each in the client's log)", querystring: callbackFilter, response: { 200: z.array(staffCallbackView) } },
    },
    async (request) => staffCallbacks(app.db, accessorOf(request), request.query.status),
  );

  app.post(
    '/api/callbacks/:id/handled',
    { config: { access: STAFF, clientData: true }, schema: { tags, summary: 'Mark a call-back request handled, with a note of the call', params: callbackParams, body: handledInput, response: { 200: staffCallbackView } } },
    async (request) => handleCallback(app.db, accessorOf(request), request.params.id, request.body),
  );
};
