import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { batchedPerDatabase } from '../../db/batch.ts';
import { preparedPerDatabase, preparedRead, type Db, type DbOrTx } from '../../db/client.ts';
import { displayNameOf } from '../auth/service.ts';
import { registerOfUnit } from '../clients/service.ts';
import { auditAppendCallOn } from '../audit/service.ts';
import { choicesOf, enqueueQuery, type Choices, type NewNotification } from '../notifications/service.ts';
import { appointments, appointmentTypes, availabilities, t3Measurements } from './tables.ts';

export type TypeRow = typeof appointmentTypes.$inferSelect;
export type NewType = typeof appointmentTypes.$inferInsert;
export type AvailabilityRow = typeof availabilities.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;

/** Held (until the hold runs out), booked, arrived and done appointments take their time. */
export const LIVE_STATUSES = ['booked', 'arrived', 'done'] as const;

export async function listTypes(db: DbOrTx, f: { activeOnly?: boolean; serviceId?: string | undefined } = {}): Promise<TypeRow[]> {
  return db
    .select()
    .from(appointmentTypes)
    .where(and(f.activeOnly ? eq(appointmentTypes.active, true) : undefined, f.serviceId ? sql`${f.serviceId}::uuid = any(${appointmentTypes.serviceIds})` : undefined))
    .orderBy(asc(appointmentTypes.code));
}

const typeQuery = preparedRead('booking_type_by_id', (db) => db.select().from(appointmentTypes).where(eq(appointmentTypes.id, sql.placeholder('id'))));

/** Read by every booking attempt that gets past the quick refusal: prepared. */
export async function findType(db: DbOrTx, id: string): Promise<TypeRow | undefined> {
  const [row] = await typeQuery(db, { id });
  return row;
}

export async function insertType(db: DbOrTx, row: NewType): Promise<TypeRow> {
  const [inserted] = await db.insert(appointmentTypes).values(row).returning();
  return inserted!;
}

/** Inserts or, by code, replaces a type (the seed). */
export async function upsertType(db: DbOrTx, row: NewType): Promise<TypeRow> {
  const [saved] = await db
    .insert(appointmentTypes)
    .values(row)
    .onConflictDoUpdate({ target: appointmentTypes.code, set: { ...row, id: undefined } })
    .returning();
  return saved!;
}

export async function updateType(db: DbOrTx, id: string, set: Partial<NewType>): Promise<TypeRow | undefined> {
  const [row] = await db.update(appointmentTypes).set(set).where(eq(appointmentTypes.id, id)).returning();
  return row;
}

const p = (name: string) => sql.placeholder(name);
/** Each filter applies when given (null: any). */
const windowFilter = and(
  sql`(${p('professionalId')}::uuid is null or ${availabilities.professionalId} = ${p('professionalId')}::uuid)`,
  sql`(${p('typeIds')}::uuid[] is null or ${availabilities.appointmentTypeIds} && ${p('typeIds')}::uuid[])`,
  sql`(${p('locationId')}::uuid is null or ${availabilities.locationId} = ${p('locationId')}::uuid)`,
  sql`(${p('on')}::date is null or (${availabilities.validFrom} <= ${p('on')}::date and (${availabilities.validTo} is null or ${availabilities.validTo} >= ${p('on')}::date)))`,
);
const windowOrder = [asc(availabilities.professionalId), asc(availabilities.weekday), asc(availabilities.starts)];

// Prepared, as every booking attempt reads it.
const availabilitiesQuery = preparedRead('booking_availabilities', (db) =>
  db
    .select()
    .from(availabilities)
    .where(windowFilter)
    .orderBy(...windowOrder),
);

export async function listAvailabilities(db: DbOrTx, f: { professionalId?: string | undefined; typeIds?: string[]; locationId?: string | undefined; on?: string }): Promise<AvailabilityRow[]> {
  if (f.typeIds && f.typeIds.length === 0) return [];
  return availabilitiesQuery(db, { professionalId: f.professionalId ?? null, typeIds: f.typeIds ?? null, locationId: f.locationId ?? null, on: f.on ?? null });
}

/**
 * Everything a resident's booking reads besides the client, in one statement: the type, the
 * windows of the professional that could give the time (as `listAvailabilities` finds them), each
 * with the professional's name and its unit's register, and the resident's choices of how they are
 * told. One row per window (one with no window when there is none); no row when there is no such type.
 */
const bookingContextQuery = preparedRead('booking_context', (db) =>
  db
    .select({
      type: appointmentTypes,
      window: availabilities,
      professionalName: displayNameOf(availabilities.professionalId),
      register: registerOfUnit(availabilities.unitId),
      choices: choicesOf(sql`${p('userId')}::uuid`),
    })
    .from(appointmentTypes)
    .leftJoin(availabilities, windowFilter)
    .where(eq(appointmentTypes.id, p('typeId')))
    .orderBy(...windowOrder),
);

export interface BookingContext {
  type: TypeRow;
  windows: AvailabilityRow[];
  /** Professionals' names by id. */
  names: Map<string, string>;
  /** Units' registers by id. */
  registers: Map<string, string | null>;
  choices: Choices;
}

export async function bookingContext(db: DbOrTx, f: { typeId: string; professionalId: string; locationId: string | null; userId: string }): Promise<BookingContext | undefined> {
  const rows = await bookingContextQuery(db, { typeId: f.typeId, professionalId: f.professionalId, typeIds: [f.typeId], locationId: f.locationId, on: null, userId: f.userId });
  const [first] = rows;
  if (!first) return undefined;
  const windows = rows.flatMap((r) => (r.window ? [r.window] : []));
  return {
    type: first.type,
    windows,
    names: new Map(rows.flatMap((r) => (r.window ? [[r.window.professionalId, r.professionalName ?? '']] : []))),
    registers: new Map(rows.flatMap((r) => (r.window ? [[r.window.unitId, r.register]] : []))),
    choices: first.choices,
  };
}

export async function insertAvailability(db: DbOrTx, row: typeof availabilities.$inferInsert): Promise<AvailabilityRow> {
  const [inserted] = await db.insert(availabilities).values(row).returning();
  return inserted!;
}

export async function findAvailability(db: DbOrTx, id: string): Promise<AvailabilityRow | undefined> {
  const [row] = await db.select().from(availabilities).where(eq(availabilities.id, id));
  return row;
}

export async function deleteAvailability(db: DbOrTx, id: string): Promise<void> {
  await db.delete(availabilities).where(eq(availabilities.id, id));
}

const overlaps = (startsAt: Date, endsAt: Date) => sql`tstzrange(${appointments.startsAt}, ${appointments.endsAt}) && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz)`;
const liveAt = (now: Date) => or(inArray(appointments.status, [...LIVE_STATUSES]), and(eq(appointments.status, 'held'), gt(appointments.heldUntil, now)));

/** Releases the professional's holds that ran out on this time, so the time can be booked again; answers how many. */
export async function expireHolds(db: DbOrTx, professionalId: string, startsAt: Date, endsAt: Date, now: Date): Promise<number> {
  const released = await db
    .update(appointments)
    .set({ status: 'expired', heldUntil: null, version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.professionalId, professionalId), eq(appointments.status, 'held'), lte(appointments.heldUntil, now), overlaps(startsAt, endsAt)))
    .returning({ id: appointments.id });
  return released.length;
}

interface TimeAsked {
  professionalId: string;
  appointmentTypeId: string;
  startsAt: Date;
  now: Date;
}

/**
 * Which of the times asked for together a live appointment of the professional already takes
 * (any of the time an appointment of the type starting then would take): one statement for the
 * lot, an indexed read per time. An unknown type takes no time, and is refused later.
 */
const takenQuery = preparedPerDatabase((db) => {
  const duration = sql`coalesce((select ${appointmentTypes.durationMinutes} from ${appointmentTypes} where ${appointmentTypes.id} = q.t), 0)`;
  return db
    .select({ i: sql<number>`q.i` })
    .from(sql`jsonb_to_recordset(${sql.placeholder('times')}::jsonb) as q(i int, p uuid, t uuid, s timestamptz, n timestamptz)`)
    .where(
      sql`exists (
        select 1 from ${appointments}
        where ${appointments.professionalId} = q.p
          and (${inArray(appointments.status, [...LIVE_STATUSES])} or (${appointments.status} = 'held' and ${appointments.heldUntil} > q.n))
          and tstzrange(${appointments.startsAt}, ${appointments.endsAt}) && tstzrange(q.s, q.s + make_interval(mins => ${duration})))`,
    )
    .prepare('booking_taken_times');
});

const takenTimes = batchedPerDatabase(async (db, asked: TimeAsked[]): Promise<boolean[]> => {
  const times = JSON.stringify(asked.map((a, i) => ({ i, p: a.professionalId, t: a.appointmentTypeId, s: a.startsAt.toISOString(), n: a.now.toISOString() })));
  const rows = await takenQuery(db).execute({ times });
  const taken = new Set(rows.map((r) => Number(r.i)));
  return asked.map((_, i) => taken.has(i));
});

/** Under a rush most booking requests end here: those arriving together are checked at once. */
export function isTaken(db: Db, professionalId: string, appointmentTypeId: string, startsAt: Date, now: Date): Promise<boolean> {
  return takenTimes(db).get({ professionalId, appointmentTypeId, startsAt, now });
}

export async function insertAppointment(db: DbOrTx, row: NewAppointment): Promise<AppointmentRow> {
  const [inserted] = await db.insert(appointments).values(row).returning();
  return inserted!;
}

/** A row's values as placeholders of a statement prepared once for each shape of row. */
interface AsPlaceholders {
  /** The columns given, and which of them are NULL: the statement's text follows from it. */
  shape: string;
  columns: Record<string, unknown>;
  values: Record<string, unknown>;
}

/**
 * Undefined values are left out, so the column's default applies; a null is written as NULL, since
 * a placeholder's null would go through the column's encoder (a JSON null, or a crash for a time).
 */
function asPlaceholders(prefix: string, row: Record<string, unknown>): AsPlaceholders {
  const shape: string[] = [];
  const columns: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === undefined) continue;
    if (value === null) {
      shape.push(`${column}=null`);
      columns[column] = sql`null`;
    } else {
      shape.push(column);
      columns[column] = sql.placeholder(prefix + column);
      values[prefix + column] = value;
    }
  }
  return { shape: shape.join(','), columns, values };
}

const insertWithQuery = (db: Db, appointment: Record<string, unknown>, messages: Record<string, unknown>[]) => {
  const taken = db.$with('taken').as(db.insert(appointments).values(appointment as PgInsertValue<typeof appointments>).returning());
  const audited = db.$with('audited').as(db.select({ done: auditAppendCallOn(sql.placeholder('audit')).as('done') }).from(taken));
  const queued = messages.length > 0 ? [db.$with('queued').as(enqueueQuery(db, messages as Parameters<typeof enqueueQuery>[1]))] : [];
  return db.with(taken, audited, ...queued).select().from(taken).crossJoin(audited);
};

type InsertWithStatement = (db: Db) => { execute(values: Record<string, unknown>): Promise<{ taken: AppointmentRow }[]> };

/** By shape; the code makes a handful of shapes (which columns are NULL, how many messages), the cap guards against more. */
const insertWithStatements = new Map<string, InsertWithStatement>();
const MAX_INSERT_WITH_SHAPES = 64;

/**
 * Inserts the appointment, queues its messages and appends its audit events in one statement,
 * atomic on its own (no BEGIN and COMMIT). The audit call is evaluated on the inserted row, so the
 * chain's lock is taken only once the exclusion constraint has let the time go to this booking; a
 * clash fails the whole statement, messages and events included. The statement is prepared once
 * per shape and database: building it took a tenth of the server's time in a booking rush.
 * `auditArgument` is `auditAppendArgument` of the booking's audit entries.
 */
export async function insertAppointmentWith(db: Db, row: NewAppointment, messages: NewNotification[], auditArgument: string): Promise<AppointmentRow> {
  const appointment = asPlaceholders('a_', row);
  const queued = messages.map((message, i) => asPlaceholders(`m${i}_`, message));
  const shape = [appointment, ...queued].map((part) => part.shape).join('|');
  let statement = insertWithStatements.get(shape);
  if (!statement && insertWithStatements.size < MAX_INSERT_WITH_SHAPES) {
    const name = `booking_insert_with_${insertWithStatements.size + 1}`;
    const columns = { appointment: appointment.columns, messages: queued.map((part) => part.columns) };
    statement = preparedPerDatabase((on) => insertWithQuery(on, columns.appointment, columns.messages).prepare(name));
    insertWithStatements.set(shape, statement);
  }
  const values = Object.assign({ audit: auditArgument }, appointment.values, ...queued.map((part) => part.values));
  const [inserted] = statement
    ? await statement(db).execute(values)
    : await insertWithQuery(db, appointment.columns, queued.map((part) => part.columns)).execute(values);
  return inserted!.taken;
}

export async function findAppointment(db: DbOrTx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
  return row;
}

/** The times the professionals are taken within a period. */
export async function busyTimes(db: DbOrTx, professionalIds: string[], from: Date, to: Date, now: Date) {
  if (professionalIds.length === 0) return [];
  return db
    .select({ professionalId: appointments.professionalId, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(and(inArray(appointments.professionalId, professionalIds), liveAt(now), lt(appointments.startsAt, to), gt(appointments.endsAt, from)));
}

/** A client's appointments, held ones that ran out left out; newest first. */
export async function appointmentsOfClient(db: DbOrTx, clientId: string, now: Date): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.clientId, clientId), or(sql`${appointments.status} not in ('held', 'expired')`, and(eq(appointments.status, 'held'), gt(appointments.heldUntil, now)))))
    .orderBy(desc(appointments.startsAt))
    .limit(200);
}

/** A professional's appointments starting within a period, in time order (cancelled ones too, for the day list). */
export async function appointmentsOfProfessional(db: DbOrTx, professionalId: string, from: Date, to: Date): Promise<AppointmentRow[]> {
  return db
    .select()
    .from(appointments)
    .where(and(eq(appointments.professionalId, professionalId), gte(appointments.startsAt, from), lt(appointments.startsAt, to), sql`${appointments.status} not in ('held', 'expired')`))
    .orderBy(asc(appointments.startsAt));
}

/**
 * Moves an appointment on from one of the given states, if nobody changed it since `version`;
 * undefined when the version or state no longer holds.
 */
export async function changeAppointment(db: DbOrTx, id: string, version: number, from: readonly string[], set: Partial<NewAppointment>): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .update(appointments)
    .set({ ...set, version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.id, id), eq(appointments.version, version), inArray(appointments.status, [...from])))
    .returning();
  return row;
}

export async function saveT3(db: DbOrTx, row: typeof t3Measurements.$inferInsert): Promise<void> {
  await db
    .insert(t3Measurements)
    .values(row)
    .onConflictDoUpdate({
      target: [t3Measurements.appointmentTypeId, t3Measurements.locationId, t3Measurements.measuredOn],
      set: { days: row.days, thirdStartsAt: row.thirdStartsAt, measuredAt: row.measuredAt ?? new Date() },
    });
}

export async function t3History(db: DbOrTx, f: { appointmentTypeId?: string | undefined; locationId?: string | undefined; from: string; to: string }) {
  return db
    .select()
    .from(t3Measurements)
    .where(
      and(
        f.appointmentTypeId ? eq(t3Measurements.appointmentTypeId, f.appointmentTypeId) : undefined,
        f.locationId ? eq(t3Measurements.locationId, f.locationId) : undefined,
        gte(t3Measurements.measuredOn, f.from),
        lte(t3Measurements.measuredOn, f.to),
      ),
    )
    .orderBy(asc(t3Measurements.measuredOn), asc(t3Measurements.appointmentTypeId), asc(t3Measurements.locationId))
    .limit(5000);
}
