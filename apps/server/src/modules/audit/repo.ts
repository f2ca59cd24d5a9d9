import { and, asc, desc, eq, gt, lt, sql, type Placeholder } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from './tables.ts';
import type { ChainedContent, ChainRow } from './chain.ts';

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

/**
 * Numbers, links and inserts the events after the chain's last row, under the chain's lock, which
 * serialises appends across processes until the caller's transaction ends.
 */
export async function appendEvents(tx: DbOrTx, events: ChainedEvent[]): Promise<void> {
  await tx.execute(sql`select ${appendCallOn(JSON.stringify(events))}`);
}

export type ChainedEvent = Omit<ChainedContent, 'seq'> & { tail: string };

/** The append as an expression on its argument (the events as JSON text, or a placeholder for it), for a statement that also writes what the events describe. */
export const appendCallOn = (argument: string | Placeholder) => sql`audit_append(${argument}::jsonb)`;

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
