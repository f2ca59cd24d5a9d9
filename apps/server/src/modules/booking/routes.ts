import { STAFF_ROLES } from '@avain/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessorOf, STAFF } from '../clients/routes.ts';
import { findSlots } from './free-slots.ts';
import { addAvailability, changeType, createType, listAvailability, listTypes, removeAvailability } from './schedules.ts';
import {
  appointmentView,
  availabilityInput,
  availabilityQuery,
  availabilityView,
  dayListQuery,
  dayListView,
  idParams,
  markInput,
  slotsQuery,
  slotView,
  staffBookingInput,
  t3HistoryQuery,
  t3HistoryView,
  t3Query,
  t3View,
  typeCreateInput,
  typeInput,
  typeQuery,
  typeView,
} from './schema.ts';
import { bookForClient, dayList, markAppointment, type Mark } from './staff.ts';
import { t3History, t3Now } from './t3.ts';
import type { BookingDeps } from './video.ts';

const tags = ['booking'];
const TYPE_EDITORS = ['service_coordinator', 'admin'] as const;
const SCHEDULERS = ['professional', 'service_coordinator', 'admin'] as const;
const T3_READERS = ['manager', 'service_coordinator', 'admin'] as const;

/** Appointment types, availability, free slots, staff booking, the day list and T3. */
export const bookingRoutes: FastifyPluginAsyncZod<BookingDeps> = async (app, deps) => {
  app.get(
    '/api/booking/appointment-types',
    { config: { access: 'public' }, schema: { tags, summary: 'Appointment types (of a catalogue service when serviceId is given)', querystring: typeQuery, response: { 200: z.array(typeView) } } },
    async (request) => listTypes(app.db, request.query.serviceId),
  );

  app.post(
    '/api/booking/appointment-types',
    { config: { access: TYPE_EDITORS }, schema: { tags, summary: "Create an appointment type (in the creator's own unit when unitId is left out)", body: typeCreateInput, response: { 201: typeView } } },
    async (request, reply) => reply.code(201).send(await createType(app.db, accessorOf(request), request.body)),
  );

  app.put(
    '/api/booking/appointment-types/:id',
    { config: { access: TYPE_EDITORS }, schema: { tags, summary: 'Change an appointment type (booked appointments keep their times)', params: idParams, body: typeInput, response: { 200: typeView } } },
    async (request) => changeType(app.db, accessorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/booking/availabilities',
    { config: { access: SCHEDULERS }, schema: { tags, summary: "Weekly availability: a professional's own, or anyone's for coordinators", querystring: availabilityQuery, response: { 200: z.array(availabilityView) } } },
    async (request) => listAvailability(app.db, accessorOf(request), request.query.professionalId),
  );

  app.post(
    '/api/booking/availabilities',
    { config: { access: SCHEDULERS }, schema: { tags, summary: 'Add a weekly availability window (at a location, or remote)', body: availabilityInput, response: { 201: availabilityView } } },
    async (request, reply) => reply.code(201).send(await addAvailability(app.db, accessorOf(request), request.body)),
  );

  app.delete(
    '/api/booking/availabilities/:id',
    { config: { access: SCHEDULERS }, schema: { tags, summary: 'Remove an availability window (booked appointments stay)', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeAvailability(app.db, accessorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/booking/slots',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Free times by service or appointment type, place (centre) and channel; two weeks unless from/to say otherwise (at most three months)', querystring: slotsQuery, response: { 200: z.array(slotView) } },
    },
    async (request) => findSlots(app.db, request.query, request.user !== null && STAFF_ROLES.includes(request.user.role)),
  );

  app.post(
    '/api/clients/:id/appointments',
    { config: { access: STAFF, clientData: true }, schema: { tags, summary: "Book an appointment for a client (a write in your own unit's register)", params: idParams, body: staffBookingInput, response: { 201: appointmentView } } },
    async (request, reply) => reply.code(201).send(await bookForClient(app.db, accessorOf(request), request.params.id, request.body, deps)),
  );

  app.get(
    '/api/booking/day-list',
    { config: { access: STAFF, clientData: true }, schema: { tags, summary: 'Your appointments of a day with the clients (each listed client sees it in their log)', querystring: dayListQuery, response: { 200: dayListView } } },
    async (request) => dayList(app.db, accessorOf(request), request.query.date),
  );

  for (const [path, mark] of [
    ['arrived', 'arrived'],
    ['no-show', 'no_show'],
    ['done', 'done'],
  ] as [string, Mark][]) {
    app.post(
      `/api/booking/appointments/:id/${path}`,
      {
        config: { access: STAFF, clientData: true },
        schema: { tags, summary: `Mark the appointment ${path}${mark === 'done' ? ' (records the visit and a 30-day care relation)' : ''}`, params: idParams, body: markInput, response: { 200: appointmentView } },
      },
      async (request) => markAppointment(app.db, accessorOf(request), request.params.id, mark, request.body.version),
    );
  }

  app.get(
    '/api/booking/t3',
    { config: { access: T3_READERS }, schema: { tags, summary: 'T3 now: days to the third next free appointment of a type (at a place), over the next 90 days', querystring: t3Query, response: { 200: t3View } } },
    async (request) => t3Now(app.db, request.query.appointmentTypeId, request.query.locationId),
  );

  app.get(
    '/api/booking/t3/history',
    { config: { access: T3_READERS }, schema: { tags, summary: 'T3 measured daily, per type and place (90 days unless from/to say otherwise)', querystring: t3HistoryQuery, response: { 200: t3HistoryView } } },
    async (request) => t3History(app.db, request.query),
  );
};
