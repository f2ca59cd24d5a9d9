import { AppError, cancellationDeadline, icsCalendar, mayCancel, maySelfBook, type LocalizedText, type Register, type SelfBooking } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { areaCodeOfPostalCode, areaCodesById } from '../areas/service.ts';
import { auditAppendArgument, recordAudit, type AuditEntry } from '../audit/service.ts';
import { actingTarget, unitsByIds, type Accessor, type ClientRow } from '../clients/service.ts';
import { activeContext, activeType, appointmentOf, clientMessages, localTime, oneAtATime, refuseIfTaken, reminderKey, resolveSlot, resolveSlotIn, takeSlot, takeSlotAtOnce, tellClient } from './booking.ts';
import { cancelNotifications, messagesTo } from '../notifications/service.ts';
import type { Slot } from './free-slots.ts';
import * as repo from './repo.ts';
import type { BookingInput } from './schema.ts';
import type { BookingDeps } from './video.ts';
import { appointmentView, appointmentViews } from './views.ts';

type Target = Awaited<ReturnType<typeof actingTarget>>;

/** The resident's own act on an appointment, in the client's access log with its basis (own or guardian). */
async function audit(db: DbOrTx, who: Accessor, target: Target, act: string, appointmentId: string | null, register: string | null) {
  await recordAudit(db, auditEntry(who, target, act, appointmentId, register));
}

function auditEntry(who: Accessor, target: Target, act: string, appointmentId: string | null, register: string | null): AuditEntry {
  return {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: `client.appointment.${act}`,
    outcome: 'success',
    resourceType: 'appointment',
    resourceId: appointmentId,
    clientId: target.client.id,
    basis: target.actingAs === 'guardian' ? 'guardian' : 'own',
    register,
    requestId: who.requestId,
    ip: who.ip,
  };
}

const registerOf = async (db: DbOrTx, unitId: string) => ((await unitsByIds(db, [unitId]))[0]?.register as Register | undefined) ?? null;

async function residentAreaOf(db: DbOrTx, client: ClientRow) {
  return client.areaCode ?? (client.postalCode ? await areaCodeOfPostalCode(db, client.postalCode) : null);
}

/** Who may book the type online: anyone, the area's residents (by the client's address), or staff only. */
async function requireSelfBooking(db: DbOrTx, client: ClientRow, slot: Slot) {
  const rule = slot.type.selfBooking as SelfBooking;
  if (rule === 'anyone') return;
  const locationArea = slot.location?.areaId ? ((await areaCodesById(db)).get(slot.location.areaId) ?? null) : null;
  if (!maySelfBook(rule, rule === 'area_residents' ? await residentAreaOf(db, client) : null, locationArea)) {
    throw new AppError(
      'forbidden',
      rule === 'staff_only' ? 'This appointment type is booked by staff: call the service.' : "This appointment type is booked online by the area's own residents: choose a place in your own area, or call the service.",
    );
  }
}

/** An appointment of the client the resident acts for; another's is as if it did not exist. */
async function ownAppointment(db: DbOrTx, target: Target, id: string) {
  const row = await repo.findAppointment(db, id);
  if (!row || row.clientId !== target.client.id) throw new AppError('not_found', 'No appointment of yours with this id.');
  return row;
}

export async function myAppointments(db: Db, who: Accessor, forId: string | undefined, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const rows = await repo.appointmentsOfClient(db, target.client.id, now);
  await audit(db, who, target, 'read', null, null);
  const views = await appointmentViews(db, rows, now);
  const ahead = (v: (typeof views)[number]) => new Date(v.endsAt) > now && ['held', 'booked', 'arrived'].includes(v.status);
  return { actingAs: target.actingAs, upcoming: views.filter(ahead).reverse(), past: views.filter((v) => !ahead(v)) };
}

/**
 * Books (or holds) a slot for the resident or a minor in their care. Besides the quick refusal and
 * the client, one read gathers what the booking needs and one statement writes the appointment
 * with its confirmation and its audit event, together or not at all: under a rush each statement
 * to the database counts.
 */
async function book(db: Db, who: Accessor, forId: string | undefined, input: BookingInput, status: 'held' | 'booked', deps: BookingDeps, now: Date) {
  // Whoever waits while another takes the same time is answered at once (see oneAtATime).
  const { row, slot } = await oneAtATime(input, async () => {
    await refuseIfTaken(db, input, now);
    const target = await actingTarget(db, who, forId);
    who.checked();
    const context = activeContext(await repo.bookingContext(db, { typeId: input.appointmentTypeId, professionalId: input.professionalId, locationId: input.locationId, userId: who.user.id }));
    const slot = await resolveSlotIn(db, context, input, now);
    await requireSelfBooking(db, target.client, slot);
    const register = (context.registers.get(slot.unitId) as Register | null | undefined) ?? null;
    const taking = appointmentOf(slot, { clientId: target.client.id, bookedById: who.user.id, status }, deps, now);
    const messages = status === 'booked' ? messagesTo(context.choices, clientMessages(who.user.id, taking, context.type, slot.location?.name ?? null, 'appointment_confirmed', now)) : [];
    const audited = () => auditAppendArgument([auditEntry(who, target, status === 'held' ? 'hold' : 'book', taking.id, register)]);
    return { row: await takeSlotAtOnce(db, slot, taking, messages, audited, now), slot };
  });
  return appointmentView(db, row, now, { types: [slot.type], places: slot.location ? [slot.location] : [] });
}

export const holdSlot = (db: Db, who: Accessor, forId: string | undefined, input: BookingInput, deps: BookingDeps, now = new Date()) => book(db, who, forId, input, 'held', deps, now);
export const bookSlot = (db: Db, who: Accessor, forId: string | undefined, input: BookingInput, deps: BookingDeps, now = new Date()) => book(db, who, forId, input, 'booked', deps, now);

/** Confirms the resident's hold while it runs: booked, with the confirmation, reminder and video link. */
export async function confirmHold(db: Db, who: Accessor, forId: string | undefined, id: string, deps: BookingDeps, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const held = await ownAppointment(db, target, id);
  if (held.status !== 'held') throw new AppError('conflict', `The appointment is ${held.status}, not held.`);
  if (held.heldUntil! <= now) throw new AppError('conflict', 'The hold ran out: choose the time again.');
  const type = await activeType(db, held.appointmentTypeId);
  const row = await db.transaction(async (tx) => {
    const videoUrl = held.channel === 'video' ? deps.video.meetingUrl() : null;
    const booked = await repo.changeAppointment(tx, held.id, held.version, ['held'], { status: 'booked', heldUntil: null, videoUrl, bookedAt: now });
    if (!booked) throw new AppError('conflict', 'The hold changed meanwhile: reload.');
    const place = (await appointmentView(tx, booked, now)).location?.name ?? null;
    await tellClient(tx, who.user.id, booked, type, place, 'appointment_confirmed', now);
    await audit(tx, who, target, 'book', booked.id, await registerOf(tx, booked.unitId));
    return booked;
  });
  return appointmentView(db, row, now);
}

/** Online changes end at the type's deadline: after it, the client calls. */
async function requireChangeable(db: DbOrTx, row: repo.AppointmentRow, now: Date) {
  if (row.status !== 'booked') throw new AppError('conflict', `The appointment is ${row.status}: it can no longer be changed.`);
  const type = (await repo.findType(db, row.appointmentTypeId))!;
  if (!mayCancel(row.startsAt, now, type.cancellationHours)) {
    const deadline = cancellationDeadline(row.startsAt, type.cancellationHours);
    throw new AppError('conflict', `Online changes were possible until ${localTime(deadline)} (${deadline.toISOString()}, ${type.cancellationHours} h before the appointment): call the service.`);
  }
  return type;
}

export async function cancelMine(db: Db, who: Accessor, forId: string | undefined, id: string, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const row = await ownAppointment(db, target, id);
  const type = await requireChangeable(db, row, now);
  const cancelled = await db.transaction(async (tx) => {
    const changed = await repo.changeAppointment(tx, row.id, row.version, ['booked'], { status: 'cancelled', cancelledAt: now, cancelReason: 'client' });
    if (!changed) throw new AppError('conflict', 'The appointment changed meanwhile: reload.');
    await tellClient(tx, who.user.id, changed, type, null, 'appointment_cancelled', now);
    await cancelNotifications(tx, reminderKey(changed.id));
    await audit(tx, who, target, 'cancel', changed.id, await registerOf(tx, changed.unitId));
    return changed;
  });
  return appointmentView(db, cancelled, now);
}

/** Moves the appointment to another free time of the same type: the new one is booked and the old cancelled together, or neither. */
export async function rescheduleMine(db: Db, who: Accessor, forId: string | undefined, id: string, input: Omit<BookingInput, 'appointmentTypeId'>, deps: BookingDeps, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const old = await ownAppointment(db, target, id);
  const type = await requireChangeable(db, old, now);
  const slot = await resolveSlot(db, type, input, now);
  await requireSelfBooking(db, target.client, slot);
  const moved = await db.transaction(async (tx) => {
    // The old time is released first, so that a move within the same time range is possible.
    const cancelled = await repo.changeAppointment(tx, old.id, old.version, ['booked'], { status: 'cancelled', cancelledAt: now, cancelReason: 'rescheduled' });
    if (!cancelled) throw new AppError('conflict', 'The appointment changed meanwhile: reload.');
    const row = await takeSlot(tx, slot, { clientId: target.client.id, bookedById: who.user.id, status: 'booked', rescheduledFromId: old.id, note: old.note }, deps, now);
    await tellClient(tx, who.user.id, row, type, slot.location?.name ?? null, 'appointment_moved', now, old.startsAt);
    await cancelNotifications(tx, reminderKey(old.id));
    await audit(tx, who, target, 'reschedule', row.id, await registerOf(tx, row.unitId));
    return row;
  });
  return appointmentView(db, moved, now);
}

const CHANNEL_TEXT: Record<string, string> = { in_person: 'Vastaanotto', phone: 'Puhelinaika: ammattilainen soittaa sinulle', video: 'Videovastaanotto' };

/** The appointment as an iCalendar file (RFC 5545). */
export async function myAppointmentIcs(db: Db, who: Accessor, forId: string | undefined, id: string, now = new Date()) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const row = await ownAppointment(db, target, id);
  const view = await appointmentView(db, row, now);
  await audit(db, who, target, 'download', row.id, await registerOf(db, row.unitId));
  const place = view.location && row.channel === 'in_person' ? `${view.location.name.fi}, ${view.location.address.street}, ${view.location.address.postalCode} ${view.location.address.city}` : null;
  const description = [CHANNEL_TEXT[row.channel], `${view.professional.name}`, row.videoUrl ? `Videolinkki: ${row.videoUrl}` : null, `Muutokset ${localTime(new Date(view.changeableUntil))} asti Avaimessa.`]
    .filter(Boolean)
    .join('\n');
  return icsCalendar({
    uid: `${row.id}@avain`,
    stamp: now,
    start: row.startsAt,
    end: row.endsAt,
    summary: (view.appointmentType.name as LocalizedText).fi,
    location: place ?? (row.channel === 'video' ? row.videoUrl : null),
    description,
    url: row.videoUrl,
    status: ['cancelled', 'expired'].includes(row.status) ? 'CANCELLED' : 'CONFIRMED',
  });
}
