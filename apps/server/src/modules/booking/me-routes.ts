import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessorOf } from '../clients/routes.ts';
import { bookSlot, cancelMine, confirmHold, holdSlot, myAppointmentIcs, myAppointments, rescheduleMine } from './resident.ts';
import { actingQuery, appointmentView, bookingInput, icsParams, idParams, myAppointments as myAppointmentsView, rescheduleInput } from './schema.ts';
import type { BookingDeps } from './video.ts';

const mine = { access: ['resident'] as const, clientData: true };
const tags = ['my data'];

/** The resident's appointments (`?for=` a minor in their care): book, hold and confirm, move, cancel, download. */
export const myBookingRoutes: FastifyPluginAsyncZod<BookingDeps> = async (app, deps) => {
  app.get(
    '/api/me/appointments',
    { config: mine, schema: { tags, summary: 'My upcoming and past appointments', querystring: actingQuery, response: { 200: myAppointmentsView } } },
    async (request) => myAppointments(app.db, accessorOf(request), request.query.for),
  );

  app.post(
    '/api/me/appointments',
    { config: mine, schema: { tags, summary: 'Book a free time in one step (hold and confirm together)', querystring: actingQuery, body: bookingInput, response: { 201: appointmentView } } },
    async (request, reply) => reply.code(201).send(await bookSlot(app.db, accessorOf(request), request.query.for, request.body, deps)),
  );

  app.post(
    '/api/booking/holds',
    { config: mine, schema: { tags, summary: 'Hold a free time for 5 minutes while confirming', querystring: actingQuery, body: bookingInput, response: { 201: appointmentView } } },
    async (request, reply) => reply.code(201).send(await holdSlot(app.db, accessorOf(request), request.query.for, request.body, deps)),
  );

  app.post(
    '/api/booking/holds/:id/confirm',
    { config: mine, schema: { tags, summary: 'Confirm my hold: booked, with a confirmation and a reminder', querystring: actingQuery, params: idParams, response: { 200: appointmentView } } },
    async (request) => confirmHold(app.db, accessorOf(request), request.query.for, request.params.id, deps),
  );

  app.post(
    '/api/me/appointments/:id/reschedule',
    { config: mine, schema: { tags, summary: 'Move my appointment to another free time (before the cancellation deadline)', querystring: actingQuery, params: idParams, body: rescheduleInput, response: { 201: appointmentView } } },
    async (request, reply) => reply.code(201).send(await rescheduleMine(app.db, accessorOf(request), request.query.for, request.params.id, request.body, deps)),
  );

  app.post(
    '/api/me/appointments/:id/cancel',
    { config: mine, schema: { tags, summary: 'Cancel my appointment (before the cancellation deadline)', querystring: actingQuery, params: idParams, response: { 200: appointmentView } } },
    async (request) => cancelMine(app.db, accessorOf(request), request.query.for, request.params.id),
  );

  app.get(
    '/api/me/appointments/:id.ics',
    { config: mine, schema: { tags, summary: 'My appointment as an iCalendar file (RFC 5545)', querystring: actingQuery, params: icsParams } },
    async (request, reply) => {
      const ics = await myAppointmentIcs(app.db, accessorOf(request), request.query.for, request.params.id);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="ajanvaraus.ics"').send(ics);
    },
  );
};
