import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that the hash covers, in a fixed order. */
export interface ChainedContent {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  outcome: string;
  resourceType: string | null;
  resourceId: string | null;
  clientId: string | null;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  /** Client-data accesses: on what basis, the actor's organisation, which register. */
  basis?: string | null;
  actorOrganization?: string | null;
  register?: string | null;
}

/**
 * Canonical text of a row: an array, so key order and absent keys cannot change the hash. The
 * client-access fields came later: rows without them hash as they always did.
 */
export function canonicalContent(c: ChainedContent): string {
  const access = [c.basis ?? null, c.actorOrganization ?? null, c.register ?? null];
  return JSON.stringify([
    c.seq,
    c.at.toISOString(),
    c.actorId,
    c.actorName,
    c.actorRole,
    c.action,
    c.outcome,
    c.resourceType,
    c.resourceId,
    c.clientId,
    c.reason,
    c.requestId,
    c.ip,
    ...(access.some((v) => v !== null) ? access : []),
  ]);
}

/**
 * The canonical text without its sequence number: what follows "[seq," (the database numbers and
 * links the row, see the migration that creates `audit_append`).
 */
export function contentAfterSeq(content: Omit<ChainedContent, 'seq'>): string {
  return canonicalContent({ ...content, seq: 0 }).slice('[0,'.length);
}

export function chainHash(prevHash: string, content: ChainedContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalContent(content)).digest('hex');
}

export interface ChainRow extends ChainedContent {
  id: string;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { seq: number; id: string; problem: string };

/**
 * Checks a run of rows in seq order, continuing from the row before them.
 * Returns the first break, or null when the run is intact.
 */
export function findChainBreak(
  rows: readonly ChainRow[],
  previous: { seq: number; hash: string },
): { break: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = previous;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) {
      return { break: { seq: row.seq, id: row.id, problem: `sequence jumps from ${last.seq} to ${row.seq}` }, last };
    }
    if (row.prevHash !== last.hash) {
      return { break: { seq: row.seq, id: row.id, problem: 'previous-hash does not match the row before' }, last };
    }
    if (chainHash(row.prevHash, row) !== row.hash) {
      return { break: { seq: row.seq, id: row.id, problem: 'content does not match its hash (row was altered)' }, last };
    }
    last = { seq: row.seq, hash: row.hash };
  }
  return { break: null, last };
}
