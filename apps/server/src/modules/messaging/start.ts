import { AppError, CLIENT_DATA_ROLES, isRole, type Register } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit, type AuditEntry } from '../audit/service.ts';
import { usersByIds } from '../auth/service.ts';
import { localized, publishedServicesOf } from '../catalog/service.ts';
import { actingTarget, allUnits, loadClient, relationsOfClient, unitOfUser, unitsOfUsers, type Accessor, type ClientRow, type UnitRow } from '../clients/service.ts';
import { openPlanOf } from '../plans/service.ts';
import { messageAudit, requireGate, residentBasis, type OpenThread } from './access.ts';
import { inboxUnits } from './policy.ts';
import * as repo from './repo.ts';
import type { ResidentThreadInput, StaffThreadInput } from './schema.ts';
import { appendMessage, detailOf } from './threads.ts';
import { unitName } from './views.ts';

interface CareTeamMember {
  userId: string;
  name: string;
  unit: UnitRow;
  responsibleWorker: boolean;
}

/**
 * Whom the client can write to in person: the responsible worker of their open plan and every
 * professional with a relation in force (an appointment, an open case, the care team), each once
 * and only if they work with clients in a unit.
 */
async function careTeamOf(db: DbOrTx, client: ClientRow, now = new Date()): Promise<CareTeamMember[]> {
  const [plan, relations] = await Promise.all([openPlanOf(db, client.id), relationsOfClient(db, client.id, now)]);
  const ids = [...new Set([...(plan ? [plan.responsibleWorkerId] : []), ...relations.map((r) => r.professionalId)])];
  const [users, units] = await Promise.all([usersByIds(db, ids), unitsOfUsers(db, ids)]);
  const userById = new Map(users.map((u) => [u.id, u]));
  return ids.flatMap((id) => {
    const user = userById.get(id);
    const unit = units.get(id);
    if (!user || !unit || !isRole(user.role) || !CLIENT_DATA_ROLES.includes(user.role)) return [];
    return [{ userId: id, name: user.displayName, unit, responsibleWorker: plan?.responsibleWorkerId === id }];
  });
}

/** Published services of producers with units, each with the units whose shared inbox would receive it. */
async function serviceInboxes(db: DbOrTx) {
  const units = await allUnits(db);
  const services = await publishedServicesOf(db, [...new Set(units.map((u) => u.organizationId))]);
  return services.map((s) => ({ service: s, units: inboxUnits(s, units) })).filter((s) => s.units.length > 0);
}

/** Whom the resident can write to, for themself or a minor in their care. */
export async function recipients(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  // The care team is the client's own data shown to themself or their guardian; no message is read.
  who.checked();
  const [team, inboxes] = await Promise.all([careTeamOf(db, target.client), serviceInboxes(db)]);
  return {
    careTeam: team.map((m) => ({ userId: m.userId, name: m.name, unit: unitName(m.unit), responsibleWorker: m.responsibleWorker })),
    services: inboxes.map(({ service: s, units }) => ({ id: s.id, name: localized(s.nameFi, s.nameSv, s.nameEn), units: units.map((u) => ({ id: u.id, name: unitName(u) })) })),
  };
}

/** Where a resident's new thread goes: one of their care team, or one unit's shared inbox. */
async function destination(db: DbOrTx, client: ClientRow, to: ResidentThreadInput['to']) {
  if (to.kind === 'care_team') {
    const member = (await careTeamOf(db, client)).find((m) => m.userId === to.userId);
    if (!member) throw new AppError('validation', 'Choose someone from your care team.', { errors: [{ field: 'to.userId', message: 'is not in your care team' }] });
    return { kind: 'care_team' as const, unit: member.unit, serviceId: null, assigned: { userId: member.userId, name: member.name } };
  }
  const inbox = (await serviceInboxes(db)).find((s) => s.service.id === to.serviceId);
  if (!inbox) throw new AppError('validation', 'This service does not receive messages.', { errors: [{ field: 'to.serviceId', message: 'has no shared inbox' }] });
  const unit = to.unitId ? inbox.units.find((u) => u.id === to.unitId) : inbox.units.length === 1 ? inbox.units[0] : undefined;
  if (!unit) throw new AppError('validation', 'Choose the unit you are writing to.', { errors: [{ field: 'to.unitId', message: 'choose one of the units of the service' }] });
  return { kind: 'service_inbox' as const, unit, serviceId: inbox.service.id, assigned: null };
}

type NewThread = Omit<Parameters<typeof repo.insertThread>[1], 'createdById'>;

/** The thread, its first message and — for a resident — the write in the client's log commit together. */
async function createThread(db: Db, who: Accessor, opened: Omit<OpenThread, 'thread'>, row: NewThread, body: string, audit?: (thread: repo.ThreadRow) => AuditEntry) {
  const thread = await db.transaction(async (tx) => {
    const created = await repo.insertThread(tx, { ...row, createdById: who.user.id });
    await appendMessage(tx, who, { ...opened, thread: created }, body);
    if (audit) await recordAudit(tx, audit(created));
    return created;
  });
  return detailOf(db, who, { ...opened, thread });
}

/** A resident (or a guardian for a minor) starts a thread; the write is in the client's log with basis own / guardian. */
export async function startAsResident(db: Db, who: Accessor, forId: string | undefined, input: ResidentThreadInput) {
  const target = await actingTarget(db, who, forId);
  who.checked();
  const to = await destination(db, target.client, input.to);
  const row = {
    clientId: target.client.id,
    subject: input.subject,
    kind: to.kind,
    register: to.unit.register,
    unitId: to.unit.id,
    serviceId: to.serviceId,
    assignedUserId: to.assigned?.userId ?? null,
    assignedName: to.assigned?.name ?? null,
  };
  const standing = { kind: 'resident' as const, actingAs: target.actingAs };
  return createThread(db, who, { client: target.client, standing }, row, input.body, (t) => messageAudit(who, t, 'write', residentBasis(target.actingAs)));
}

/** A professional writes to a client they may write about (the gate, in their own unit's register). */
export async function startAsStaff(db: Db, who: Accessor, input: StaffThreadInput) {
  const client = await loadClient(db, input.clientId);
  const unit = await unitOfUser(db, who.user.id);
  await requireGate(db, who, client, (unit?.register ?? 'health') as Register, 'write');
  // The gate allows writing only to staff with a unit; the unit is there.
  const own = unit!;
  const row = { clientId: client.id, subject: input.subject, kind: 'care_team', register: own.register, unitId: own.id, serviceId: null, assignedUserId: who.user.id, assignedName: who.user.displayName };
  return createThread(db, who, { client, standing: { kind: 'staff', unit: own, basis: 'gate' } }, row, input.body);
}
