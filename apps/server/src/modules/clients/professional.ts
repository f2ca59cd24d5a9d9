import { AppError, CLIENT_DATA_ROLES, maskIdentityCode, parseIdentityCode, type Register } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { decide, denialText, loadClient, openClient, type Accessor } from './gate.ts';
import * as repo from './repo.ts';
import type { OverviewView } from './schema.ts';
import { basicDataOf, consentsWithNames, entryView, fullName, relationViews } from './views.ts';

const RECENT_ENTRIES = 20;
const EMERGENCY_HOURS = 4;

const WHY: Record<string, string> = {
  relation: 'You have an active client relation with this client in your own register.',
  consent: "The client's consent shares this register's data with your organisation.",
  emergency: 'Emergency access: your reason is logged and reviewed by your supervisor.',
};

const actor = (who: Accessor) => ({ id: who.user.id, name: who.user.displayName, role: who.user.role });

async function staffUnit(db: Db, who: Accessor) {
  const unit = await repo.unitOf(db, who.user.id);
  if (!unit || !CLIENT_DATA_ROLES.includes(who.user.role)) throw new AppError('forbidden', 'Only staff of a service unit work with clients.');
  return unit;
}

/**
 * Finds clients by identity code or by last name and birth date. The search is audited, and each
 * client found sees in their access log that they were looked up.
 */
export async function searchClients(db: Db, who: Accessor, q: { identityCode?: string | undefined; lastName?: string | undefined; firstNames?: string | undefined; birthDate?: string | undefined }) {
  await staffUnit(db, who);
  // A search reads no register data; the audit events it leaves are its access record.
  who.checked();
  let rows: repo.ClientRow[];
  if (q.identityCode !== undefined) {
    const parsed = parseIdentityCode(q.identityCode);
    if (!parsed.ok) {
      throw new AppError('validation', 'The identity code is not valid.', { errors: [{ field: 'query.identityCode', message: `is not a valid identity code (${parsed.problem})` }] });
    }
    rows = await repo.searchClients(db, { identityCode: parsed.facts.code }, 20);
  } else {
    rows = await repo.searchClients(db, { lastName: q.lastName!, birthDate: q.birthDate!, firstNames: q.firstNames }, 20);
  }
  const now = new Date();
  const hits = [];
  // The criteria are not logged: an identity code must never reach the logs.
  await recordAudit(db, { actor: actor(who), action: 'client.search', outcome: 'success', resourceType: 'client_search', resourceId: q.identityCode ? 'by identity code' : 'by name and birth date', reason: `${rows.length} found`, requestId: who.requestId, ip: who.ip });
  for (const c of rows) {
    await recordAudit(db, { actor: actor(who), action: 'client.search.found', outcome: 'success', resourceType: 'client_search', clientId: c.id, requestId: who.requestId, ip: who.ip });
    const activeRelation = (await repo.activeRelations(db, c.id, who.user.id, now)).length > 0;
    const identityCode = c.identityCode && !activeRelation ? maskIdentityCode(c.identityCode) : c.identityCode;
    hits.push({ id: c.id, name: fullName(c), birthDate: c.birthDate, identityCode, activeRelation });
  }
  return hits;
}

/** The professional's one view of the client: both registers as far as allowed, each block saying why. */
export async function clientOverview(db: Db, who: Accessor, clientId: string): Promise<OverviewView> {
  const { client, decisions, guardians } = await openClient(db, who, clientId, 'overview');
  const showAddress = decisions.some((d) => d.allowed && d.showProtectedAddress);
  const strongest = decisions.find((d) => d.allowed)!;
  const allowed = decisions.filter((d) => d.allowed).map((d) => d.register);
  const [entries, basic, relations, consents] = await Promise.all([
    repo.entriesOf(db, client.id, allowed, RECENT_ENTRIES),
    guardians().then((g) => basicDataOf(client, g, showAddress)),
    relationViews(db, client.id),
    consentsWithNames(db, client.id),
  ]);
  const registers = decisions.map((d) => ({
    register: d.register,
    why: d.allowed
      ? { allowed: true, basis: d.basis, reason: null, explanation: WHY[d.basis] ?? '' }
      : { allowed: false, basis: null, reason: d.reason, explanation: denialText(d.reason) },
    entries: entries.filter((e) => e.register === d.register).map(entryView),
  }));
  return { client: basic, why: strongest.allowed ? WHY[strongest.basis]! : '', relations, consents, registers };
}

/** Writes an entry into the writer's own register and unit. */
export async function addEntry(
  db: Db,
  who: Accessor,
  clientId: string,
  input: { type: string; title: string; text: string; occurredAt?: string | undefined; codes: unknown[]; hiddenFromGuardians: boolean },
) {
  const client = await loadClient(db, clientId);
  const unit = await repo.unitOf(db, who.user.id);
  // Without a unit there is no own register: the policy refuses, and the refusal is logged.
  const decision = await decide(db, who, client, (unit?.register as Register | undefined) ?? 'health', 'write', 'entry');
  if (!decision.allowed || !unit) throw new AppError('forbidden', decision.allowed ? 'Only staff of a service unit write entries.' : denialText(decision.reason));
  const row = await repo.insertEntry(db, {
    clientId,
    register: unit.register,
    unitId: unit.id,
    type: input.type,
    authorId: who.user.id,
    authorName: who.user.displayName,
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
    title: input.title,
    text: input.text,
    codes: input.codes,
    hiddenFromGuardians: input.hiddenFromGuardians,
  });
  return entryView({ ...row, unitName: unit.nameFi });
}

/**
 * Opens a case or joins the care team. Anyone on staff may, as in the field, but the client sees
 * it in their access log and the relation ends when closed.
 */
export async function openRelation(db: Db, who: Accessor, clientId: string, input: { kind: 'case' | 'team'; needsAddress: boolean; endsAt: string | null; note: string | null }) {
  const unit = await staffUnit(db, who);
  who.checked();
  const client = await loadClient(db, clientId);
  // A relation opens the client's data, so it cannot be the first step: it extends a contact that
  // already exists (an appointment, a case, an emergency access). Service coordinators start cases
  // from their worklists; their relation shows in the client's access log like any other.
  const now = new Date();
  const existing = (await repo.activeRelations(db, clientId, who.user.id, now)).length > 0 || (await repo.activeEmergency(db, clientId, who.user.id, now)) !== undefined;
  if (!existing && who.user.role !== 'service_coordinator') {
    throw new AppError('forbidden', 'A relation extends an existing contact: book an appointment, take a referral or use emergency access first.');
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertRelation(tx, {
      clientId: client.id,
      professionalId: who.user.id,
      unitId: unit.id,
      kind: input.kind,
      needsAddress: input.needsAddress,
      startsAt: new Date(),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      note: input.note,
    });
    await recordAudit(tx, { actor: actor(who), action: `client.relation.open`, outcome: 'success', resourceType: `relation:${input.kind}`, resourceId: row.id, clientId, actorOrganization: `${unit.nameFi}, ${unit.organizationName}`, register: unit.register, requestId: who.requestId, ip: who.ip });
    return (await relationViews(tx, clientId)).find((r) => r.id === row.id)!;
  });
}

export async function closeRelation(db: Db, who: Accessor, clientId: string, relationId: string) {
  const unit = await staffUnit(db, who);
  who.checked();
  return db.transaction(async (tx) => {
    const row = await repo.endRelation(tx, relationId, who.user.id, new Date());
    if (!row || row.clientId !== clientId) throw new AppError('not_found', 'No open relation of yours with this id.');
    await recordAudit(tx, { actor: actor(who), action: 'client.relation.close', outcome: 'success', resourceType: `relation:${row.kind}`, resourceId: row.id, clientId, actorOrganization: `${unit.nameFi}, ${unit.organizationName}`, register: unit.register, requestId: who.requestId, ip: who.ip });
  });
}

/** Break-glass: opens the client's data for a few hours with a reason the supervisor reviews. */
export async function startEmergency(db: Db, who: Accessor, clientId: string, reason: string) {
  const unit = await staffUnit(db, who);
  who.checked();
  const client = await loadClient(db, clientId);
  const now = new Date();
  return db.transaction(async (tx) => {
    const row = await repo.insertEmergency(tx, {
      clientId: client.id,
      professionalId: who.user.id,
      professionalName: who.user.displayName,
      unitId: unit.id,
      reason,
      startedAt: now,
      expiresAt: new Date(now.getTime() + EMERGENCY_HOURS * 3_600_000),
    });
    await recordAudit(tx, { actor: actor(who), action: 'client.emergency.start', outcome: 'success', resourceType: 'emergency_access', resourceId: row.id, clientId, basis: 'emergency', reason, actorOrganization: `${unit.nameFi}, ${unit.organizationName}`, requestId: who.requestId, ip: who.ip });
    return { id: row.id, expiresAt: row.expiresAt.toISOString() };
  });
}

/** Supervisors see their unit's emergency accesses; administrators (data protection) see all. */
async function reviewScope(db: Db, who: Accessor): Promise<string | null> {
  if (who.user.role === 'admin') return null;
  const unit = await repo.unitOf(db, who.user.id);
  if (!unit?.supervisor) throw new AppError('forbidden', 'Only supervisors review emergency accesses.');
  return unit.id;
}

export async function emergencyList(db: Db, who: Accessor, status: 'unreviewed' | 'all') {
  const rows = await repo.emergencies(db, await reviewScope(db, who), status === 'unreviewed');
  return rows.map(({ e, c, unitName }) => ({
    id: e.id,
    client: { id: e.clientId, name: fullName(c), birthDate: c.birthDate },
    professional: e.professionalName,
    unit: unitName,
    reason: e.reason,
    startedAt: e.startedAt.toISOString(),
    expiresAt: e.expiresAt.toISOString(),
    reviewedAt: e.reviewedAt?.toISOString() ?? null,
    reviewNote: e.reviewNote,
  }));
}

export async function reviewEmergency(db: Db, who: Accessor, id: string, note: string) {
  const scope = await reviewScope(db, who);
  return db.transaction(async (tx) => {
    const row = await repo.reviewEmergency(tx, id, who.user.id, note, scope);
    if (!row) throw new AppError('not_found', 'No unreviewed emergency access with this id in your scope.');
    await recordAudit(tx, { actor: actor(who), action: 'client.emergency.review', outcome: 'success', resourceType: 'emergency_access', resourceId: id, clientId: row.clientId, reason: note, requestId: who.requestId, ip: who.ip });
  });
}
