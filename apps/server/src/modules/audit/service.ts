import type { Role } from '@avain/domain';
import type { Placeholder, SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { contentAfterSeq, findChainBreak, GENESIS_HASH, type ChainBreak } from './chain.ts';
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
 * Appends one event, or several in order, to the audit trail. Given a transaction, the events
 * commit or roll back with the change they describe. Several events share one lock and one
 * commit: the lock is held until the commit is on disk, so each commit costs every appender.
 * The database links them into the chain in one call (`audit_append`), so the lock is held for
 * that call and the commit, not for a conversation with this process.
 */
export async function recordAudit(db: DbOrTx, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  // Inside a transaction the events commit or roll back with it; alone they are group-committed.
  if ('rollback' in db) await append(db, list);
  else await groupCommit(db as Db, list);
}

/** One statement: atomic on its own, and within a transaction part of it. */
async function append(db: DbOrTx, list: AuditEntry[]): Promise<void> {
  await repo.appendEvents(db, chained(list));
}

/**
 * The append as an SQL expression on a placeholder, for one (prepared) statement that writes a
 * change and its events together (a booking): they commit or roll back with it. Evaluate it after
 * the write has taken its row locks, so that the chain's lock is held only for the rest of that
 * statement and its commit. The placeholder's value is {@link auditAppendArgument}.
 */
export const auditAppendCallOn = (argument: Placeholder): SQL => repo.appendCallOn(argument);

/** The entries, chained as they are appended now, as the value of {@link auditAppendCallOn}'s placeholder. */
export const auditAppendArgument = (entries: AuditEntry[]): string => JSON.stringify(chained(entries));

function chained(list: AuditEntry[]): repo.ChainedEvent[] {
  const at = new Date();
  return list.map((entry) => {
    const content = {
      at,
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
    return { ...content, tail: contentAfterSeq(content) };
  });
}

interface Waiting {
  entries: AuditEntry[];
  done: (error?: unknown) => void;
}
const queues = new WeakMap<Db, { waiting: Waiting[]; flushing: boolean }>();

/**
 * Group commit for appends that stand alone (access events of reads): while one append commits,
 * the next requests' events wait and then go in together, in one lock and one commit. Each caller
 * still returns only once its own events are on disk, and the chain order is the queue order.
 */
function groupCommit(db: Db, entries: AuditEntry[]): Promise<void> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { waiting: [], flushing: false }));
  const q = queue;
  const written = new Promise<void>((resolve, reject) => q.waiting.push({ entries, done: (error) => (error ? reject(error) : resolve()) }));
  if (!q.flushing) void flush(db, q);
  return written;
}

async function flush(db: Db, q: { waiting: Waiting[]; flushing: boolean }) {
  q.flushing = true;
  while (q.waiting.length > 0) {
    const batch = q.waiting.splice(0, q.waiting.length);
    try {
      await append(db, batch.flatMap((w) => w.entries));
      for (const w of batch) w.done();
    } catch (error) {
      for (const w of batch) w.done(error);
    }
  }
  q.flushing = false;
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

/** A client's access log page: every read and write of their data, newest first. */
export async function clientAccessLog(db: DbOrTx, clientId: string, limit: number, beforeSeq?: number) {
  const rows = await repo.eventsOfClient(db, clientId, limit + 1, beforeSeq);
  const items = rows.slice(0, limit);
  return { items, nextBefore: rows.length > limit && items.length > 0 ? items[items.length - 1]!.seq : null };
}
