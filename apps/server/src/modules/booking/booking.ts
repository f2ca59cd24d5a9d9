/**
 * Booking as a chain of small steps shared by residents and staff: find the slot the request names,
 * take it inside the database (the exclusion constraint refuses a second live appointment of the
 * professional on the same time), confirm it, and queue the messages in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { AppError, cancellationDeadline, helsinkiDate, type LocalizedText } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notify, type NewNotification, type NotificationRequest, type TemplateName } from '../notifications/service.ts';
import { generatedSlots, placesOf, slotsOf, type Slot, type SlotFilter } from './free-slots.ts';
import * as repo from './repo.ts';
import type { BookingInput } from './schema.ts';
import type { BookingDeps } from './video.ts';

export const HOLD_MINUTES = 5;
const REMINDER_HOURS = 24;
export const SLOT_TAKEN = 'The time was just taken by someone else: choose another time.';

const invalid = (field: string, message: string) => new AppError('validation', `Invalid input — ${field}: ${message}`, { errors: [{ field, message }] });

/**
 * The database's answer when the time overlaps another live appointment of the professional. Two
 * inserts of one time at the same instant can each wait for the other while checking the exclusion
 * constraint; PostgreSQL then ends one as a deadlock and the other decides the time: for the one
 * ended, the time is taken just the same.
 */
export function isSlotTaken(error: unknown): boolean {
  for (let e = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    const x = e as { code?: string; message?: string; where?: string };
    if (x.code === '23P01' || (x.message ?? '').includes('appointments_no_overlap')) return true;
    if (x.code === '40P01' && /exclusion constraint .* relation "appointments"/.test(x.where ?? '')) return true;
  }
  return false;
}

export async function activeType(db: DbOrTx, id: string, field = 'body.appointmentTypeId') {
  return requireActive(await repo.findType(db, id), field);
}

function requireActive(type: repo.TypeRow | undefined, field = 'body.appointmentTypeId'): repo.TypeRow {
  if (!type || !type.active) throw invalid(field, 'is not an appointment type in use');
  return type;
}

/** A booking's context when its type is one in use; refused as `activeType` refuses otherwise. */
export function activeContext(context: repo.BookingContext | undefined): repo.BookingContext {
  requireActive(context?.type);
  return context!;
}

type SlotAsked = Omit<BookingInput, 'appointmentTypeId'>;

/** The slot a booking request names: one the availability really gives, at the place and in the channel asked. */
export async function resolveSlot(db: DbOrTx, type: repo.TypeRow, input: SlotAsked, now: Date): Promise<Slot> {
  return pickSlot(input, now, (f) => generatedSlots(db, [type], f, now));
}

/** The same from a booking's context, whose windows are read already: only their places, if any, are. */
export async function resolveSlotIn(db: DbOrTx, context: repo.BookingContext, input: SlotAsked, now: Date): Promise<Slot> {
  const { type, windows, names } = context;
  return pickSlot(input, now, async (f) => (windows.length === 0 ? [] : slotsOf([type], windows, await placesOf(db, windows), names, f, now)));
}

async function pickSlot(input: SlotAsked, now: Date, slotsOn: (f: SlotFilter) => Promise<Slot[]>): Promise<Slot> {
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() <= now.getTime()) throw invalid('body.startsAt', 'is in the past');
  const date = helsinkiDate(startsAt);
  const slots = await slotsOn({ professionalId: input.professionalId, locationId: input.locationId ?? undefined, channel: input.channel, from: date, to: date });
  const slot = slots.find((s) => s.startsAt.getTime() === startsAt.getTime() && (s.location?.id ?? null) === input.locationId);
  if (!slot) throw invalid('body.startsAt', 'is not a time this professional gives for this appointment type, place and channel');
  return slot;
}

export interface Taking {
  clientId: string;
  bookedById: string;
  status: 'held' | 'booked';
  note?: string | null;
  rescheduledFromId?: string | null;
}

/**
 * The appointment that taking the slot writes, whole: its id is given here, so that its messages
 * and audit events can be written in the same statement as the appointment itself.
 */
export function appointmentOf(slot: Slot, taking: Taking, deps: BookingDeps, now: Date): repo.AppointmentRow {
  return {
    id: randomUUID(),
    appointmentTypeId: slot.type.id,
    professionalId: slot.professional.id,
    professionalName: slot.professional.name,
    unitId: slot.unitId,
    locationId: slot.location?.id ?? null,
    channel: slot.channel,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    clientId: taking.clientId,
    status: taking.status,
    heldUntil: taking.status === 'held' ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null,
    bookedById: taking.bookedById,
    bookedAt: now,
    cancelledAt: null,
    cancelReason: null,
    rescheduledFromId: taking.rescheduledFromId ?? null,
    videoUrl: taking.status === 'booked' && slot.channel === 'video' ? deps.video.meetingUrl() : null,
    note: taking.note ?? null,
    version: 1,
  };
}

const slotTakenAnswer = (error: unknown) => (isSlotTaken(error) ? new AppError('conflict', SLOT_TAKEN) : error);

/**
 * Takes the slot for the client: releases holds on the time that ran out, then inserts. A clash
 * with a live appointment is a 409 (the transaction is then rolled back by the caller).
 */
export async function takeSlot(tx: DbOrTx, slot: Slot, taking: Taking, deps: BookingDeps, now: Date): Promise<repo.AppointmentRow> {
  await repo.expireHolds(tx, slot.professional.id, slot.startsAt, slot.endsAt, now);
  return repo.insertAppointment(tx, appointmentOf(slot, taking, deps, now)).catch((error: unknown) => {
    throw slotTakenAnswer(error);
  });
}

/**
 * Takes the slot without a transaction of its own: the appointment, its messages and its audit
 * events in one statement (see `repo.insertAppointmentWith`). A hold that ran out keeps its time
 * in the exclusion constraint until it is marked expired; as that is rare, such holds are
 * released only when the time is refused, and then the booking is tried once more. A clash with a
 * live appointment is a 409.
 */
export async function takeSlotAtOnce(db: Db, slot: Slot, row: repo.AppointmentRow, messages: NewNotification[], audit: () => string, now: Date): Promise<repo.AppointmentRow> {
  const insert = () => repo.insertAppointmentWith(db, row, messages, audit());
  try {
    return await insert().catch(async (error: unknown) => {
      if (isSlotTaken(error) && (await repo.expireHolds(db, slot.professional.id, slot.startsAt, slot.endsAt, now)) > 0) return insert();
      throw error;
    });
  } catch (error) {
    throw slotTakenAnswer(error);
  }
}

/**
 * A quick refusal before anything else is looked up or any transaction begins, when the time is
 * plainly taken already (free times are public): under a rush most attempts end here.
 */
export async function refuseIfTaken(db: Db, input: { appointmentTypeId: string; professionalId: string; startsAt: string }, now: Date): Promise<void> {
  if (await repo.isTaken(db, input.professionalId, input.appointmentTypeId, new Date(input.startsAt), now)) throw new AppError('conflict', SLOT_TAKEN);
}

const inFlight = new Map<string, Promise<unknown>>();

const isTakenAnswer = (error: unknown) => error instanceof AppError && error.code === 'conflict' && error.message === SLOT_TAKEN;

/**
 * Runs the bookings of one professional's time one after another within this process. Those that
 * waited while another took the time get their 409 at once, without a trip to the database; when
 * the other failed for its own reasons (not allowed, say), the next one tries. The database
 * constraint still decides across processes: this only spares it the queue under a rush.
 */
export async function oneAtATime<T>(input: { professionalId: string; startsAt: string }, work: () => Promise<T>): Promise<T> {
  const key = `${input.professionalId}|${new Date(input.startsAt).getTime()}`;
  for (let running = inFlight.get(key); running; running = inFlight.get(key)) {
    const taken = await running.then(
      () => true,
      (error: unknown) => isTakenAnswer(error),
    );
    if (taken) throw new AppError('conflict', SLOT_TAKEN);
  }
  // Set before any await, so that the next waiter to wake sees this attempt running.
  const attempt = work();
  inFlight.set(key, attempt);
  try {
    return await attempt;
  } finally {
    if (inFlight.get(key) === attempt) inFlight.delete(key);
  }
}

const timeFormatOptions: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' };
const timeFormats = { fi: new Intl.DateTimeFormat('fi-FI', timeFormatOptions), sv: new Intl.DateTimeFormat('sv-FI', timeFormatOptions) };
const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'short', year: 'numeric' });
const englishTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** Helsinki time as Finns write it (for texts that are in Finnish). */
export const localTime = (at: Date) => timeFormats.fi.format(at);
/** Helsinki time as each language writes it, for messages said in the recipient's language. */
export const localTimeIn = (at: Date): LocalizedText => ({ fi: timeFormats.fi.format(at), sv: `${timeFormats.sv.format(at).replace(' ', ' kl. ')}`, en: `${englishDate.format(at)} at ${englishTime.format(at)}` });

const CHANNEL_PLACE: Record<string, LocalizedText> = { phone: { fi: 'puhelinaika', sv: 'telefontid', en: 'phone appointment' }, video: { fi: 'videoaika', sv: 'videotid', en: 'video appointment' } };

/** The message's parameters; names are given in every language so the message is in the recipient's. */
function messageParams(row: repo.AppointmentRow, type: repo.TypeRow, placeName: LocalizedText | null) {
  const remote = CHANNEL_PLACE[row.channel];
  const link = row.videoUrl ? ` ${row.videoUrl}` : '';
  const place: LocalizedText = row.channel === 'in_person' || !remote ? (placeName ?? { fi: '' }) : { fi: `${remote.fi}${link}`, sv: `${remote.sv}${link}`, en: `${remote.en}${link}` };
  return {
    type: type.name as LocalizedText,
    time: localTimeIn(row.startsAt),
    place,
    deadline: localTimeIn(cancellationDeadline(row.startsAt, type.cancellationHours)),
  };
}

type ClientTemplate = Extract<TemplateName, 'appointment_confirmed' | 'appointment_moved' | 'appointment_cancelled'>;

/** The reminder of an appointment is queued once, and withdrawn when the appointment is cancelled or moved. */
export const reminderKey = (appointmentId: string) => `reminder:${appointmentId}`;

/**
 * Queues the message about a booked (or moved, or cancelled) appointment, and the reminder a day
 * before it, inside the caller's transaction. Nobody to tell (no account): nothing is queued.
 */
export async function tellClient(tx: DbOrTx, userId: string | null, ...about: AppointmentNews): Promise<void> {
  if (!userId) return;
  await notify(tx, clientMessages(userId, ...about));
}

/** What a message about an appointment tells: the appointment, its type and place, what happened, when (and the time it moved from). */
type AppointmentNews = [row: repo.AppointmentRow, type: repo.TypeRow, placeName: LocalizedText | null, template: ClientTemplate, now: Date, previous?: Date];

/** The message about the appointment and, unless it was cancelled, its reminder a day before (when still ahead). */
export function clientMessages(
  userId: string,
  ...[row, type, placeName, template, now, previous]: AppointmentNews
): NotificationRequest[] {
  const params = { ...messageParams(row, type, placeName), ...(previous ? { previous: localTimeIn(previous) } : {}) };
  const remindAt = new Date(row.startsAt.getTime() - REMINDER_HOURS * 3_600_000);
  return [
    { userId, clientId: row.clientId, template, params },
    ...(template !== 'appointment_cancelled' && remindAt > now ? [{ userId, clientId: row.clientId, template: 'appointment_reminder' as const, params, dedupeKey: reminderKey(row.id), sendAfter: remindAt }] : []),
  ];
}
