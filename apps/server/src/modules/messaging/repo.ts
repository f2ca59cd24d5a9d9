import { and, asc, desc, eq, gt, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { messages, messageThreads, threadHandovers, threadReads } from './tables.ts';

export type ThreadRow = typeof messageThreads.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type HandoverRow = typeof threadHandovers.$inferSelect;

/** Which threads a member of staff works with: assigned to them, or in their unit's shared inbox. */
export interface StaffScope {
  userId: string;
  unitId: string | null;
  /** Unread counts leave out inbox threads a colleague has taken: they are that colleague's to answer. */
  onlyUnassignedInbox: boolean;
}

export type ThreadScope = { clientIds: string[] } | StaffScope;

function scopeWhere(scope: ThreadScope): SQL | undefined {
  if ('clientIds' in scope) return scope.clientIds.length > 0 ? inArray(messageThreads.clientId, scope.clientIds) : sql`false`;
  const inbox = scope.unitId
    ? and(eq(messageThreads.kind, 'service_inbox'), eq(messageThreads.unitId, scope.unitId), scope.onlyUnassignedInbox ? isNull(messageThreads.assignedUserId) : undefined)
    : undefined;
  return or(eq(messageThreads.assignedUserId, scope.userId), inbox);
}

export async function findThread(db: DbOrTx, id: string): Promise<ThreadRow | undefined> {
  const [row] = await db.select().from(messageThreads).where(eq(messageThreads.id, id));
  return row;
}

/** Threads in a scope, open ones first, then by latest message. */
export async function threadsIn(db: DbOrTx, scope: ThreadScope, limit = 200): Promise<ThreadRow[]> {
  return db
    .select()
    .from(messageThreads)
    .where(scopeWhere(scope))
    .orderBy(asc(sql`${messageThreads.status} = 'closed'`), desc(messageThreads.lastMessageAt))
    .limit(limit);
}

/** Messages not written by the user and newer than their read mark, per thread of the scope. */
export async function unreadCounts(db: DbOrTx, userId: string, scope: ThreadScope): Promise<Map<string, number>> {
  const rows = await db
    .select({ threadId: messageThreads.id, unread: sql<number>`count(*)::int` })
    .from(messageThreads)
    .innerJoin(messages, and(eq(messages.threadId, messageThreads.id), ne(messages.authorId, userId)))
    .leftJoin(threadReads, and(eq(threadReads.threadId, messageThreads.id), eq(threadReads.userId, userId)))
    .where(and(scopeWhere(scope), gt(messages.seq, sql`coalesce(${threadReads.lastReadSeq}, 0)`)))
    .groupBy(messageThreads.id);
  return new Map(rows.map((r) => [r.threadId, r.unread]));
}

export async function insertThread(db: DbOrTx, row: typeof messageThreads.$inferInsert): Promise<ThreadRow> {
  const [inserted] = await db.insert(messageThreads).values(row).returning();
  return inserted!;
}

/** Appends a message and moves the thread's latest-message time. */
export async function insertMessage(db: DbOrTx, row: typeof messages.$inferInsert): Promise<MessageRow> {
  const [inserted] = await db.insert(messages).values(row).returning();
  await db.update(messageThreads).set({ lastMessageAt: inserted!.createdAt }).where(eq(messageThreads.id, row.threadId));
  return inserted!;
}

export async function messagesOf(db: DbOrTx, threadId: string, limit = 500): Promise<MessageRow[]> {
  const newest = await db.select().from(messages).where(eq(messages.threadId, threadId)).orderBy(desc(messages.seq)).limit(limit);
  return newest.reverse();
}

export async function handoversOf(db: DbOrTx, threadId: string): Promise<HandoverRow[]> {
  return db.select().from(threadHandovers).where(eq(threadHandovers.threadId, threadId)).orderBy(asc(threadHandovers.at));
}

/** The newest message number of a thread, 0 when it has none. */
export async function lastSeqOf(db: DbOrTx, threadId: string): Promise<number> {
  const [row] = await db.select({ seq: sql<number | null>`max(${messages.seq})` }).from(messages).where(eq(messages.threadId, threadId));
  return Number(row?.seq ?? 0);
}

export async function lastReadSeqOf(db: DbOrTx, threadId: string, userId: string): Promise<number> {
  const [row] = await db.select({ seq: threadReads.lastReadSeq }).from(threadReads).where(and(eq(threadReads.threadId, threadId), eq(threadReads.userId, userId)));
  return row?.seq ?? 0;
}

/** Moves the user's read mark forward only: a late request from an older page must not unread newer messages. */
export async function markRead(db: DbOrTx, threadId: string, userId: string, seq: number): Promise<void> {
  await db
    .insert(threadReads)
    .values({ threadId, userId, lastReadSeq: seq })
    .onConflictDoUpdate({
      target: [threadReads.threadId, threadReads.userId],
      set: { lastReadSeq: sql`greatest(${threadReads.lastReadSeq}, excluded.last_read_seq)`, readAt: new Date() },
    });
}

export async function assign(db: DbOrTx, threadId: string, to: { userId: string; name: string; unitId: string }): Promise<void> {
  await db.update(messageThreads).set({ assignedUserId: to.userId, assignedName: to.name, unitId: to.unitId }).where(eq(messageThreads.id, threadId));
}

/** Assigns an inbox thread to the first member of staff who answers; no-op once someone has it. */
export async function claim(db: DbOrTx, threadId: string, to: { userId: string; name: string }): Promise<void> {
  await db
    .update(messageThreads)
    .set({ assignedUserId: to.userId, assignedName: to.name })
    .where(and(eq(messageThreads.id, threadId), isNull(messageThreads.assignedUserId)));
}

export async function insertHandover(db: DbOrTx, row: typeof threadHandovers.$inferInsert): Promise<HandoverRow> {
  const [inserted] = await db.insert(threadHandovers).values(row).returning();
  return inserted!;
}

export async function setStatus(db: DbOrTx, threadId: string, status: 'open' | 'closed'): Promise<void> {
  await db.update(messageThreads).set({ status }).where(eq(messageThreads.id, threadId));
}
