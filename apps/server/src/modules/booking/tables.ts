import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A kind of appointment (e.g. "nurse's appointment, 30 min"): how long, through which channels,
 * for which catalogue services, who may book it online by themself and until when it can be
 * cancelled online.
 */
export const appointmentTypes = pgTable(
  'appointment_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    /** {fi, sv, en} */
    name: jsonb('name').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull().default(0),
    channels: text('channels').array().notNull(),
    /** Catalogue services this appointment type books (finding a time by service). */
    serviceIds: uuid('service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    selfBooking: text('self_booking').notNull().default('anyone'),
    cancellationHours: integer('cancellation_hours').notNull().default(24),
    /** The unit whose professionals give these appointments; a done appointment is recorded in its register. */
    unitId: uuid('unit_id').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    check('appointment_types_duration_check', sql`${t.durationMinutes} > 0 and ${t.bufferMinutes} >= 0 and ${t.cancellationHours} >= 0`),
    check('appointment_types_channels_check', sql`${t.channels} <@ array['in_person', 'phone', 'video']::text[] and cardinality(${t.channels}) > 0`),
    check('appointment_types_self_booking_check', sql`${t.selfBooking} in ('area_residents', 'anyone', 'staff_only')`),
  ],
);

/** A professional's weekly availability for some appointment types, at a location or remote. */
export const availabilities = pgTable(
  'availabilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    professionalId: uuid('professional_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** The catalogue location of in-person appointments; null for remote ones. */
    locationId: uuid('location_id'),
    appointmentTypeIds: uuid('appointment_type_ids').array().notNull(),
    weekday: integer('weekday').notNull(),
    /** Local time (Europe/Helsinki) "HH:MM". */
    starts: text('starts').notNull(),
    ends: text('ends').notNull(),
    channel: text('channel').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    index('availabilities_professional_idx').on(t.professionalId),
    index('availabilities_location_idx').on(t.locationId),
    check('availabilities_weekday_check', sql`${t.weekday} between 1 and 7`),
    check('availabilities_time_check', sql`${t.starts} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.ends} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.starts} < ${t.ends}`),
    check('availabilities_channel_check', sql`${t.channel} in ('in_person', 'phone', 'video')`),
    check('availabilities_location_check', sql`${t.channel} <> 'in_person' or ${t.locationId} is not null`),
  ],
);

/**
 * A booked (or held) appointment. No double booking, ever: an exclusion constraint (migration
 * 0011) refuses two live appointments of one professional whose times overlap. A hold lives until
 * `held_until`; an expired hold is released before a new booking of the same time.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentTypeId: uuid('appointment_type_id')
      .notNull()
      .references(() => appointmentTypes.id),
    professionalId: uuid('professional_id').notNull(),
    professionalName: text('professional_name').notNull(),
    unitId: uuid('unit_id').notNull(),
    locationId: uuid('location_id'),
    channel: text('channel').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    clientId: uuid('client_id').notNull(),
    status: text('status').notNull(),
    heldUntil: timestamp('held_until', { withTimezone: true }),
    bookedById: uuid('booked_by_id').notNull(),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    /** The appointment this one replaced when the client moved it. */
    rescheduledFromId: uuid('rescheduled_from_id'),
    videoUrl: text('video_url'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('appointments_client_idx').on(t.clientId, t.startsAt),
    index('appointments_professional_idx').on(t.professionalId, t.startsAt),
    index('appointments_type_start_idx').on(t.appointmentTypeId, t.startsAt),
    check('appointments_status_check', sql`${t.status} in ('held', 'booked', 'cancelled', 'expired', 'arrived', 'no_show', 'done')`),
    check('appointments_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_channel_check', sql`${t.channel} in ('in_person', 'phone', 'video')`),
    check('appointments_hold_check', sql`${t.status} <> 'held' or ${t.heldUntil} is not null`),
  ],
);

/** T3 of an appointment type at a location (or remote), measured once a day for the dashboards. */
export const t3Measurements = pgTable(
  't3_measurements',
  {
    appointmentTypeId: uuid('appointment_type_id').notNull(),
    /** The nil uuid for remote appointments, so the key stays a key. */
    locationId: uuid('location_id').notNull(),
    measuredOn: date('measured_on').notNull(),
    days: integer('days'),
    thirdStartsAt: timestamp('third_starts_at', { withTimezone: true }),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.appointmentTypeId, t.locationId, t.measuredOn] })],
);

/** The last queue number given today for a walk-in service at a location: one atomic counter per day. */
export const walkInCounters = pgTable(
  'walk_in_counters',
  {
    locationId: uuid('location_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    queueDate: date('queue_date').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.serviceId, t.queueDate] })],
);

/** A walk-in queue number, taken online or at the location's kiosk page. */
export const walkInTickets = pgTable(
  'walk_in_tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    locationId: uuid('location_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    queueDate: date('queue_date').notNull(),
    number: integer('number').notNull(),
    /** The resident's client record when taken online; null at the kiosk (no login). */
    clientId: uuid('client_id'),
    channel: text('channel').notNull(),
    /** The kiosk's address, for the limit on numbers per device (as login attempts keep theirs). */
    takenFrom: text('taken_from'),
    status: text('status').notNull().default('waiting'),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    calledById: uuid('called_by_id'),
    calledByName: text('called_by_name'),
    /** Where to come: a room or desk the calling professional gives. */
    calledTo: text('called_to'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('walk_in_tickets_number_key').on(t.locationId, t.serviceId, t.queueDate, t.number),
    index('walk_in_tickets_waiting_idx').on(t.locationId, t.serviceId, t.queueDate, t.status),
    index('walk_in_tickets_kiosk_idx').on(t.takenFrom, t.takenAt).where(sql`${t.takenFrom} is not null`),
    check('walk_in_tickets_channel_check', sql`${t.channel} in ('online', 'kiosk')`),
    check('walk_in_tickets_status_check', sql`${t.status} in ('waiting', 'called', 'served', 'left')`),
  ],
);

/**
 * A resident's request to be called back: to their responsible worker when they have one,
 * otherwise to the service's shared queue (its organisation's staff).
 */
export const callbackRequests = pgTable(
  'callback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    serviceId: uuid('service_id'),
    topic: text('topic').notNull(),
    phone: text('phone').notNull(),
    /** The resident's preferred time, in their words or as a range. */
    preferredFrom: timestamp('preferred_from', { withTimezone: true }),
    preferredTo: timestamp('preferred_to', { withTimezone: true }),
    preferredNote: text('preferred_note'),
    routedToUserId: uuid('routed_to_user_id'),
    routedToName: text('routed_to_name'),
    queueOrganizationId: uuid('queue_organization_id'),
    queueServiceId: uuid('queue_service_id'),
    status: text('status').notNull().default('waiting'),
    /** When the request counts as overdue. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    handledById: uuid('handled_by_id'),
    handledByName: text('handled_by_name'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledNote: text('handled_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('callback_requests_user_idx').on(t.routedToUserId, t.status),
    index('callback_requests_queue_idx').on(t.queueOrganizationId, t.status),
    index('callback_requests_client_idx').on(t.clientId, t.createdAt),
    check('callback_requests_status_check', sql`${t.status} in ('waiting', 'handled')`),
    check('callback_requests_route_check', sql`${t.routedToUserId} is not null or ${t.queueOrganizationId} is not null`),
    check('callback_requests_topic_check', sql`length(btrim(${t.topic})) > 0`),
  ],
);
