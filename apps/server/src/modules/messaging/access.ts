import { AppError, type Register } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit, type AuditEntry } from '../audit/service.ts';
import { actingTarget, decide, denialText, loadClient, unitOfUser, type Accessor, type ClientRow, type UnitRow } from '../clients/service.ts';
import { isInboxAddressee } from './policy.ts';
import * as repo from './repo.ts';

export type Action = 'read' | 'write';

/** How the viewer stands to the thread, decided once per request. */
export type Standing =
  | { kind: 'resident'; actingAs: 'self' | 'guardian' }
  | { kind: 'staff'; unit: UnitRow | undefined; basis: 'inbox' | 'gate' };

export interface OpenThread {
  thread: repo.ThreadRow;
  client: ClientRow;
  standing: Standing;
}

/** One event in the client's log for a resident's or an inbox addressee's read or write of messages. */
export function messageAudit(who: Accessor, thread: Pick<repo.ThreadRow, 'id' | 'clientId' | 'register'>, action: Action, basis: string, organization: string | null = null): AuditEntry {
  return {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: `client.message.${action}`,
    outcome: 'success',
    resourceType: 'message',
    resourceId: thread.id,
    clientId: thread.clientId,
    basis,
    actorOrganization: organization,
    register: thread.register,
    requestId: who.requestId,
    ip: who.ip,
  };
}

export const unitLabel = (unit: UnitRow) => `${unit.nameFi}, ${unit.organizationName}`;
export const residentBasis = (actingAs: 'self' | 'guardian') => (actingAs === 'guardian' ? 'guardian' : 'own');

/** Asks the client-data gate (one audit event either way) and turns a refusal into a 403 naming its reason. */
export async function requireGate(db: DbOrTx, who: Accessor, client: ClientRow, register: Register, action: Action) {
  const decision = await decide(db, who, client, register, action, 'message');
  if (!decision.allowed) throw new AppError('forbidden', denialText(decision.reason), { reasons: [decision.reason] });
  return decision;
}

export async function loadThread(db: DbOrTx, id: string): Promise<repo.ThreadRow> {
  const thread = await repo.findThread(db, id);
  if (!thread) throw new AppError('not_found', 'No message thread with this id.');
  return thread;
}

/**
 * Opens one thread for reading or writing, leaving exactly one audit event: a resident for
 * themself or a minor in their care (basis own / guardian; anyone else's thread is refused and
 * the attempt logged for that client), the staff of a shared inbox on the inbox basis, and every
 * other member of staff through the client-data gate on the thread's register.
 */
export async function openThread(db: DbOrTx, who: Accessor, id: string, action: Action): Promise<OpenThread> {
  const thread = await loadThread(db, id);
  if (who.user.role === 'resident') {
    const target = await actingTarget(db, who, thread.clientId);
    who.checked();
    await recordAudit(db, messageAudit(who, thread, action, residentBasis(target.actingAs)));
    return { thread, client: target.client, standing: { kind: 'resident', actingAs: target.actingAs } };
  }
  const unit = await unitOfUser(db, who.user.id);
  const client = await loadClient(db, thread.clientId);
  if (isInboxAddressee(thread, { id: who.user.id, role: who.user.role, unitId: unit?.id ?? null })) {
    who.checked();
    await recordAudit(db, messageAudit(who, thread, action, 'inbox', unit ? unitLabel(unit) : null));
    return { thread, client, standing: { kind: 'staff', unit, basis: 'inbox' } };
  }
  await requireGate(db, who, client, thread.register as Register, action);
  return { thread, client, standing: { kind: 'staff', unit, basis: 'gate' } };
}

/** Writing needs an open thread: a closed one is reopened by staff or a new one started. */
export function requireOpen(thread: repo.ThreadRow) {
  if (thread.status === 'closed') throw new AppError('conflict', 'The thread is closed: reopen it or start a new one.');
}
