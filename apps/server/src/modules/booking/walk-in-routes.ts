import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessorOf, STAFF } from '../clients/routes.ts';
import { callNext, finishTicket, locationQueues, myTickets, staffQueue, takeMyTicket, takeTicket } from './walk-in.ts';
import { actingQuery, callNextInput, locationQueuesView, locationQuery, queueQuery, staffQueueView, staffTicketView, ticketInput, ticketParams, ticketView } from './walk-in-schema.ts';
import { z } from 'zod';

const tags = ['walk-in'];

export const walkInRoutes: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.config.clock();

  app.get(
    '/api/walk-in/queues',
    { config: { access: 'public' }, schema: { tags, summary: "A location's walk-in queues now: waiting, number served and estimated wait per service", querystring: locationQuery, response: { 200: locationQueuesView } } },
    async (request) => locationQueues(app.db, request.query.locationId, now()),
  );

  app.post(
    '/api/walk-in/kiosk/tickets',
    { config: { access: 'public' }, schema: { tags, summary: "Take a queue number at the location's kiosk (no login; limited per device)", body: ticketInput, response: { 201: ticketView } } },
    async (request, reply) => reply.code(201).send(await takeTicket(app.db, request.body, { channel: 'kiosk', device: request.ip }, now())),
  );

  app.post(
    '/api/me/walk-in/tickets',
    { config: { access: ['resident'], clientData: true }, schema: { tags, summary: 'Take a queue number online while walk-in is open (for myself or a minor in my care)', querystring: actingQuery, body: ticketInput, response: { 201: ticketView } } },
    async (request, reply) => reply.code(201).send(await takeMyTicket(app.db, accessorOf(request), request.query.for, request.body, now())),
  );

  app.get(
    '/api/me/walk-in/tickets',
    { config: { access: ['resident'], clientData: true }, schema: { tags, summary: 'My queue numbers of today with my place in the queue', querystring: actingQuery, response: { 200: z.array(ticketView) } } },
    async (request) => myTickets(app.db, accessorOf(request), request.query.for, now()),
  );

  app.get(
    '/api/walk-in/queues/tickets',
    { config: { access: STAFF }, schema: { tags, summary: "The day's numbers of one queue, for the staff of the service's organisation", querystring: queueQuery, response: { 200: staffQueueView } } },
    async (request) => staffQueue(app.db, accessorOf(request), request.query.locationId, request.query.serviceId, now()),
  );

  app.post(
    '/api/walk-in/queues/call-next',
    { config: { access: STAFF }, schema: { tags, summary: 'Call the next number to a room or desk', body: callNextInput, response: { 200: staffTicketView } } },
    async (request) => callNext(app.db, accessorOf(request), request.body, now()),
  );

  for (const status of ['served', 'left'] as const) {
    app.post(
      `/api/walk-in/tickets/:id/${status}`,
      { config: { access: STAFF }, schema: { tags, summary: status === 'served' ? 'Mark a called number served' : 'Mark a number left (did not come, or went away)', params: ticketParams, response: { 200: staffTicketView } } },
      async (request) => finishTicket(app.db, accessorOf(request), request.params.id, status, now()),
    );
  }
};
