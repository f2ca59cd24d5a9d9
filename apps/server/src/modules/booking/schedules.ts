import { AppError, type LocalizedText } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { usersByIds } from '../auth/service.ts';
import { localized, placesWithHours, serviceNamesByIds } from '../catalog/service.ts';
import { unitOfUser, unitsByIds, type Accessor } from '../clients/service.ts';
import * as repo from './repo.ts';
import type { AvailabilityInput, TypeCreateInput, TypeInput } from './schema.ts';

/** One field's validation problem, as the problem handler names them. */
const invalid = (field: string, message: string) => new AppError('validation', `Invalid input — ${field}: ${message}`, { errors: [{ field, message }] });

function typeView(t: repo.TypeRow, serviceNames: Map<string, LocalizedText>) {
  return {
    id: t.id,
    code: t.code,
    name: t.name as LocalizedText,
    durationMinutes: t.durationMinutes,
    bufferMinutes: t.bufferMinutes,
    channels: t.channels as TypeInput['channels'],
    serviceIds: t.serviceIds,
    services: t.serviceIds.flatMap((id) => {
      const name = serviceNames.get(id);
      return name ? [{ id, name }] : [];
    }),
    selfBooking: t.selfBooking as TypeInput['selfBooking'],
    cancellationHours: t.cancellationHours,
    unitId: t.unitId,
    active: t.active,
  };
}

/** Types as the API shows them, with their catalogue services named (one read for all). */
async function typeViews(db: DbOrTx, rows: repo.TypeRow[]) {
  const names = await serviceNamesByIds(db, [...new Set(rows.flatMap((t) => t.serviceIds))]);
  const byId = new Map(names.map((s) => [s.id, localized(s.nameFi, s.nameSv, s.nameEn)]));
  return rows.map((t) => typeView(t, byId));
}

export async function listTypes(db: DbOrTx, serviceId?: string) {
  return typeViews(db, await repo.listTypes(db, { serviceId }));
}

/** Every linked service must be in the catalogue: a type names what it is booked for. */
async function checkServices(db: DbOrTx, serviceIds: string[]) {
  const known = new Set((await serviceNamesByIds(db, serviceIds)).map((s) => s.id));
  const unknown = serviceIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalid(`body.serviceIds.${unknown}`, 'is not a service in the catalogue');
}

async function checkUnit(db: DbOrTx, unitId: string) {
  if ((await unitsByIds(db, [unitId])).length === 0) throw invalid('body.unitId', 'is not a service unit');
}

const audit = (who: Accessor, action: string, resourceType: string, resourceId: string) => ({
  actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
  action,
  outcome: 'success' as const,
  resourceType,
  resourceId,
  requestId: who.requestId,
  ip: who.ip,
});

export async function createType(db: Db, who: Accessor, given: TypeCreateInput) {
  const unitId = given.unitId ?? (await unitOfUser(db, who.user.id))?.id;
  if (!unitId) throw invalid('body.unitId', 'is required: you work in no service unit');
  const input: TypeInput = { ...given, unitId };
  await checkUnit(db, input.unitId);
  await checkServices(db, input.serviceIds);
  if ((await repo.listTypes(db)).some((t) => t.code === input.code)) throw invalid('body.code', 'is already in use');
  return db.transaction(async (tx) => {
    const row = await repo.insertType(tx, input);
    await recordAudit(tx, audit(who, 'booking.type.create', 'appointment_type', row.id));
    return (await typeViews(tx, [row]))[0]!;
  });
}

export async function changeType(db: Db, who: Accessor, id: string, input: TypeInput) {
  await checkUnit(db, input.unitId);
  await checkServices(db, input.serviceIds);
  const clash = (await repo.listTypes(db)).find((t) => t.code === input.code && t.id !== id);
  if (clash) throw invalid('body.code', 'is already in use');
  return db.transaction(async (tx) => {
    const row = await repo.updateType(tx, id, input);
    if (!row) throw new AppError('not_found', 'No appointment type with this id.');
    await recordAudit(tx, audit(who, 'booking.type.change', 'appointment_type', id));
    return (await typeViews(tx, [row]))[0]!;
  });
}

const MANAGES_ANYONE = ['service_coordinator', 'admin'];

/** Professionals see and change their own availability; coordinators anyone's. */
function professionalFor(who: Accessor, asked: string | undefined) {
  if (asked && asked !== who.user.id && !MANAGES_ANYONE.includes(who.user.role)) throw new AppError('forbidden', 'You can manage only your own availability.');
  return asked ?? who.user.id;
}

async function availabilityViews(db: DbOrTx, rows: repo.AvailabilityRow[]) {
  const names = new Map((await usersByIds(db, [...new Set(rows.map((r) => r.professionalId))])).map((u) => [u.id, u.displayName]));
  return rows.map((a) => ({
    id: a.id,
    professional: { id: a.professionalId, name: names.get(a.professionalId) ?? '' },
    unitId: a.unitId,
    appointmentTypeIds: a.appointmentTypeIds,
    weekday: a.weekday,
    starts: a.starts,
    ends: a.ends,
    channel: a.channel as AvailabilityInput['channel'],
    locationId: a.locationId,
    validFrom: a.validFrom,
    validTo: a.validTo,
  }));
}

export async function listAvailability(db: Db, who: Accessor, professionalId: string | undefined) {
  const own = professionalFor(who, professionalId);
  // Coordinators without a filter see everyone's.
  const filter = professionalId === undefined && MANAGES_ANYONE.includes(who.user.role) ? undefined : own;
  return availabilityViews(db, await repo.listAvailabilities(db, { professionalId: filter }));
}

export async function addAvailability(db: Db, who: Accessor, input: AvailabilityInput) {
  const professionalId = professionalFor(who, input.professionalId);
  const [professional] = await usersByIds(db, [professionalId]);
  if (!professional || professional.role !== 'professional') throw invalid('body.professionalId', 'is not a professional');
  const unit = await unitOfUser(db, professionalId);
  if (!unit) throw invalid('body.professionalId', 'works in no service unit');
  const types = await Promise.all(input.appointmentTypeIds.map((id) => repo.findType(db, id)));
  for (const [i, t] of types.entries()) {
    if (!t) throw invalid(`body.appointmentTypeIds.${i}`, 'is not an appointment type');
    if (!t.channels.includes(input.channel)) throw invalid('body.channel', `is not a channel of ${t.code}`);
  }
  if (input.locationId && (await placesWithHours(db, [input.locationId])).length === 0) throw invalid('body.locationId', 'is not a location');
  return db.transaction(async (tx) => {
    const row = await repo.insertAvailability(tx, { ...input, professionalId, unitId: unit.id });
    await recordAudit(tx, audit(who, 'booking.availability.add', 'availability', row.id));
    return (await availabilityViews(tx, [row]))[0]!;
  });
}

/** Removing availability leaves booked appointments as they are: they are cancelled one by one, with the client told. */
export async function removeAvailability(db: Db, who: Accessor, id: string) {
  const row = await repo.findAvailability(db, id);
  if (!row) throw new AppError('not_found', 'No availability with this id.');
  professionalFor(who, row.professionalId);
  await db.transaction(async (tx) => {
    await repo.deleteAvailability(tx, id);
    await recordAudit(tx, audit(who, 'booking.availability.remove', 'availability', id));
  });
}
