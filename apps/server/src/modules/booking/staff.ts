import { addDays, AppError, helsinkiDate, helsinkiInstant, type LocalizedText, type Register } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { clientsByIds, decide, denialText, fullName, loadClient, saveEntry, saveRelation, unitOfUser, unitsByIds, type Accessor } from '../clients/service.ts';
import { activeType, localTime, oneAtATime, refuseIfTaken, resolveSlot, takeSlot, tellClient } from './booking.ts';
import * as repo from './repo.ts';
import type { BookingInput } from './schema.ts';
import type { BookingDeps } from './video.ts';
import { appointmentView, appointmentViews } from './views.ts';

const RELATION_DAYS = 30;
const actor = (who: Accessor) => ({ id: who.user.id, name: who.user.displayName, role: who.user.role });

/** A member of staff books for a client: a write in their own register, decided (and logged) by the gate. */
export async function bookForClient(db: Db, who: Accessor, clientId: string, input: BookingInput & { note: string | null }, deps: BookingDeps, now = new Date()) {
  const client = await loadClient(db, clientId);
  const unit = await unitOfUser(db, who.user.id);
  const decision = await decide(db, who, client, (unit?.register as Register | undefined) ?? 'health', 'write', 'appointment');
  if (!decision.allowed) throw new AppError('forbidden', denialText(decision.reason), { reasons: [decision.reason] });
  const type = await activeType(db, input.appointmentTypeId);
  const row = await oneAtATime(input, async () => {
    await refuseIfTaken(db, input, now);
    const slot = await resolveSlot(db, type, input, now);
    return db.transaction(async (tx) => {
      const taken = await takeSlot(tx, slot, { clientId, bookedById: who.user.id, status: 'booked', note: input.note }, deps, now);
      await tellClient(tx, client.userId, taken, type, slot.location?.name ?? null, 'appointment_confirmed', now);
      return taken;
    });
  });
  return appointmentView(db, row, now);
}

/**
 * The professional's appointments of a day with the clients' names. Each client listed sees in
 * their access log that they were on the list.
 */
export async function dayList(db: Db, who: Accessor, date: string | undefined, now = new Date()) {
  who.checked();
  const day = date ?? helsinkiDate(now);
  const rows = await repo.appointmentsOfProfessional(db, who.user.id, helsinkiInstant(day, '00:00'), helsinkiInstant(addDays(day, 1), '00:00'));
  const [views, clients, unit] = await Promise.all([appointmentViews(db, rows, now), clientsByIds(db, [...new Set(rows.map((r) => r.clientId))]), unitOfUser(db, who.user.id)]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  await recordAudit(
    db,
    [...byId.keys()].map((clientId) => ({
      actor: actor(who),
      action: 'client.day_list.listed',
      outcome: 'success' as const,
      resourceType: 'appointment',
      resourceId: day,
      clientId,
      actorOrganization: unit ? `${unit.nameFi}, ${unit.organizationName}` : null,
      requestId: who.requestId,
      ip: who.ip,
    })),
  );
  return {
    date: day,
    items: views.map((v) => {
      const c = byId.get(v.clientId)!;
      return { ...v, client: { id: c.id, name: fullName(c), birthDate: c.birthDate } };
    }),
  };
}

const MARKS = {
  arrived: { from: ['booked'], to: 'arrived' },
  no_show: { from: ['booked'], to: 'no_show' },
  done: { from: ['booked', 'arrived'], to: 'done' },
} as const;
export type Mark = keyof typeof MARKS;

/**
 * Marks the appointment arrived, no-show or done, over the version the professional saw. Done
 * records the visit: a care relation (the appointment, for 30 days) and a visit entry in the
 * register of the appointment's unit, in the same transaction.
 */
export async function markAppointment(db: Db, who: Accessor, id: string, mark: Mark, version: number, now = new Date()) {
  const row = await repo.findAppointment(db, id);
  if (!row) throw new AppError('not_found', 'No appointment with this id.');
  const ownUnit = await unitOfUser(db, who.user.id);
  // The appointment is the contact that gives the basis: its professional, or a colleague of the same unit.
  if (row.professionalId !== who.user.id && ownUnit?.id !== row.unitId) throw new AppError('forbidden', 'Only the professionals of the appointment\'s unit mark it.');
  who.checked();
  const step = MARKS[mark];
  if (row.version !== version) throw new AppError('conflict', 'The appointment changed meanwhile: reload.');
  if (!(step.from as readonly string[]).includes(row.status)) throw new AppError('conflict', `The appointment is ${row.status}: it cannot be marked ${mark}.`);
  const [unit] = await unitsByIds(db, [row.unitId]);
  const type = (await repo.findType(db, row.appointmentTypeId))!;
  const client = await loadClient(db, row.clientId);
  const changed = await db.transaction(async (tx) => {
    const updated = await repo.changeAppointment(tx, id, version, step.from, { status: step.to });
    if (!updated) throw new AppError('conflict', 'The appointment changed meanwhile: reload.');
    if (mark === 'done') {
      await saveRelation(tx, { clientId: client.id, professionalId: row.professionalId, unitId: row.unitId, kind: 'appointment', needsAddress: false, startsAt: now, endsAt: new Date(now.getTime() + RELATION_DAYS * 86_400_000), note: 'Ajanvaraus' });
      await saveEntry(tx, {
        clientId: client.id,
        register: unit!.register,
        unitId: row.unitId,
        type: 'visit',
        authorId: who.user.id,
        authorName: who.user.displayName,
        occurredAt: row.startsAt,
        title: (type.name as LocalizedText).fi,
        text: `${(type.name as LocalizedText).fi} ${localTime(row.startsAt)}, ${row.professionalName}.${row.note ? ` ${row.note}` : ''}`,
        codes: [],
        hiddenFromGuardians: false,
      });
    }
    await recordAudit(tx, {
      actor: actor(who),
      action: `client.appointment.${mark}`,
      outcome: 'success',
      resourceType: 'appointment',
      resourceId: id,
      clientId: client.id,
      basis: 'relation',
      actorOrganization: ownUnit ? `${ownUnit.nameFi}, ${ownUnit.organizationName}` : null,
      register: unit!.register,
      requestId: who.requestId,
      ip: who.ip,
    });
    return updated;
  });
  return appointmentView(db, changed, now);
}
