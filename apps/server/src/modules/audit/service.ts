import type { Role } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { chainHash, findChainBreak, GENESIS_HASH, type ChainBreak } from './chain.ts';
import * as repo from './repo.ts';

export interface AuditActor {
  id: string;
  name: string;
  role: Role;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  resourceType?: string | null;
  resourceId?: string | null;
  clientId?: string | null;
  reason?: string | null;
  requestId?: string | null;
  ip?: string | null;
  basis?: string | null;
  actorOrganization?: string | null;
  register?: string | null;
}

/**
 * Appends one event to the audit trail. Given a transaction, the event commits or rolls back
 * with the change it describes.
 */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  const append = async (tx: DbOrTx) => {
    await repo.lockChain(tx);
    const last = await repo.lastLink(tx);
    const content = {
      seq: (last?.seq ?? 0) + 1,
      at: new Date(),
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.name ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      outcome: entry.outcome,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resourceId ?? null,
      clientId: entry.clientId ?? null,
      reason: entry.reason ?? null,
      requestId: entry.requestId ?? null,
      ip: entry.ip ?? null,
      basis: entry.basis ?? null,
      actorOrganization: entry.actorOrganization ?? null,
      register: entry.register ?? null,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await repo.insertEvent(tx, { ...content, prevHash, hash: chainHash(prevHash, content) });
  };
  // A transaction handle has no `transaction` of its own in every driver; nest only at the top.
  if ('rollback' in db) await append(db);
  else await (db as Db).transaction(append);
}

export async function listAuditEvents(db: Db, limit: number, beforeSeq?: number) {
  const rows = await repo.listEvents(db, limit + 1, beforeSeq);
  const items = rows.slice(0, limit);
  const more = rows.length > limit;
  return { items, nextBefore: more && items.length > 0 ? String(items[items.length - 1]!.seq) : null };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

/** Walks the whole chain from the first row and names the first row that does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<VerifyResult> {
  let last = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await repo.chainBatch(db, last.seq, batchSize);
    if (rows.length === 0) return { ok: true, checked, firstBroken: null };
    const result = findChainBreak(rows, last);
    if (result.break) return { ok: false, checked: checked + rows.findIndex((r) => r.seq === result.break!.seq), firstBroken: result.break };
    checked += rows.length;
    last = result.last;
  }
}
