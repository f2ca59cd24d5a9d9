import { AppError, helsinkiDate } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import * as repo from './repo.ts';
import type { ConsentInput, ConsentView } from './schema.ts';

export const coveringConsentCondition = repo.coveringConsentCondition;

const today = helsinkiDate;

function statusOf(c: repo.ConsentRow, on: string): ConsentView['status'] {
  if (c.revokedAt) return 'revoked';
  if (c.validFrom > on) return 'scheduled';
  if (c.validTo !== null && c.validTo < on) return 'expired';
  return 'active';
}

/** A client's consents with their history; organisation names come from the caller (catalogue). */
export async function consentViews(db: DbOrTx, clientId: string, organizationName: (id: string) => string, now = new Date()): Promise<ConsentView[]> {
  const rows = await repo.consentsOf(db, clientId);
  return rows.map((c) => ({
    id: c.id,
    registers: c.registers as ConsentView['registers'],
    organizations: c.organizationIds.map((id) => ({ id, name: organizationName(id) })),
    purpose: c.purpose as ConsentView['purpose'],
    validFrom: c.validFrom,
    validTo: c.validTo,
    status: statusOf(c, today(now)),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    version: c.version,
    givenBy: c.history.find((e) => e.version === 1)?.byName ?? '',
    history: c.history.map((e) => ({ version: e.version, action: e.action, byName: e.byName, at: e.at.toISOString() })),
  }));
}

interface ConsentActor {
  user: SessionUser;
  /** The client record of the person acting: the client themself or their guardian. */
  actingClientId: string;
  requestId: string;
}

const snapshot = (c: repo.ConsentRow) => ({
  registers: c.registers,
  organizationIds: c.organizationIds,
  purpose: c.purpose,
  validFrom: c.validFrom,
  validTo: c.validTo,
  revokedAt: c.revokedAt?.toISOString() ?? null,
});

async function remember(tx: DbOrTx, actor: ConsentActor, c: repo.ConsentRow, action: 'given' | 'changed' | 'revoked') {
  await repo.insertEvent(tx, { consentId: c.id, version: c.version, action, snapshot: snapshot(c), byUserId: actor.user.id, byName: actor.user.displayName });
  await recordAudit(tx, {
    actor: { id: actor.user.id, name: actor.user.displayName, role: actor.user.role },
    action: `consent.${action}`,
    outcome: 'success',
    resourceType: 'consent',
    resourceId: c.id,
    clientId: c.clientId,
    basis: actor.actingClientId === c.clientId ? 'own' : 'guardian',
    requestId: actor.requestId,
  });
}

export async function giveConsent(db: Db, actor: ConsentActor, clientId: string, input: ConsentInput) {
  return db.transaction(async (tx) => {
    const row = await repo.insertConsent(tx, { clientId, givenByClientId: actor.actingClientId, ...input });
    await remember(tx, actor, row, 'given');
    return row.id;
  });
}

async function loadOwn(tx: DbOrTx, clientId: string, consentId: string) {
  const row = await repo.findConsent(tx, consentId);
  if (!row || row.clientId !== clientId) throw new AppError('not_found', 'No consent with this id.');
  if (row.revokedAt) throw new AppError('conflict', 'This consent has been revoked; give a new one instead.');
  return row;
}

export async function changeConsent(db: Db, actor: ConsentActor, clientId: string, consentId: string, version: number, input: ConsentInput) {
  return db.transaction(async (tx) => {
    await loadOwn(tx, clientId, consentId);
    const row = await repo.updateConsent(tx, consentId, version, input);
    if (!row) throw new AppError('conflict', 'The consent was changed meanwhile. Reload it and make your change again.');
    await remember(tx, actor, row, 'changed');
  });
}

/** Revokes a consent; in effect for the very next read. */
export async function revokeConsent(db: Db, actor: ConsentActor, clientId: string, consentId: string) {
  return db.transaction(async (tx) => {
    const current = await loadOwn(tx, clientId, consentId);
    const row = await repo.updateConsent(tx, consentId, current.version, { revokedAt: new Date() });
    if (!row) throw new AppError('conflict', 'The consent was changed meanwhile. Reload it and try again.');
    await remember(tx, actor, row, 'revoked');
  });
}
