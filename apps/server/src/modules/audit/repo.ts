import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from './tables.ts';
import type { ChainRow } from './chain.ts';

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

/** Serialises appends across processes for the rest of the caller's transaction. */
export async function lockChain(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
}

export async function lastLink(tx: DbOrTx): Promise<{ seq: number; hash: string } | undefined> {
  const [row] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row;
}

export async function insertEvents(tx: DbOrTx, rows: NewAuditRow[]): Promise<void> {
  await tx.insert(auditEvents).values(rows);
}

export async function listEvents(db: DbOrTx, limit: number, beforeSeq: number | undefined): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(beforeSeq === undefined ? undefined : lt(auditEvents.seq, beforeSeq))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}

export async function chainBatch(db: DbOrTx, afterSeq: number, size: number): Promise<ChainRow[]> {
  return db.select().from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(size);
}

/** The events about one client, newest first: what the client sees as their access log. */
export async function eventsOfClient(db: DbOrTx, clientId: string, limit: number, beforeSeq: number | undefined): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.clientId, clientId), beforeSeq === undefined ? undefined : lt(auditEvents.seq, beforeSeq)))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
