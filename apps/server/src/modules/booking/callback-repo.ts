import { and, asc, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { callbackRequests } from './tables.ts';

export type CallbackRow = typeof callbackRequests.$inferSelect;

/** Lists are for screens: a bound keeps a busy queue's page quick. */
const LIST_LIMIT = 200;

export async function insertCallback(db: DbOrTx, row: typeof callbackRequests.$inferInsert): Promise<CallbackRow> {
  const [inserted] = await db.insert(callbackRequests).values(row).returning();
  return inserted!;
}

export async function findCallback(db: DbOrTx, id: string): Promise<CallbackRow | undefined> {
  const [row] = await db.select().from(callbackRequests).where(eq(callbackRequests.id, id));
  return row;
}

/**
 * The requests a member of staff answers: those routed to them, and those waiting in the shared
 * queues of their organisation. Oldest first, so the longest wait is on top.
 */
export async function callbacksFor(db: DbOrTx, userId: string, organizationIds: string[], statuses: readonly string[]): Promise<CallbackRow[]> {
  const shared: SQL | undefined = organizationIds.length > 0 ? and(isNull(callbackRequests.routedToUserId), inArray(callbackRequests.queueOrganizationId, organizationIds)) : undefined;
  return db
    .select()
    .from(callbackRequests)
    .where(and(or(eq(callbackRequests.routedToUserId, userId), shared), inArray(callbackRequests.status, [...statuses])))
    .orderBy(asc(callbackRequests.createdAt))
    .limit(LIST_LIMIT);
}

export async function callbacksOfClient(db: DbOrTx, clientId: string): Promise<CallbackRow[]> {
  return db.select().from(callbackRequests).where(eq(callbackRequests.clientId, clientId)).orderBy(desc(callbackRequests.createdAt)).limit(LIST_LIMIT);
}

/** Marks a request handled only if nobody changed it in between (optimistic version). */
export async function markHandled(db: DbOrTx, id: string, expectedVersion: number, set: { handledById: string; handledByName: string; handledAt: Date; handledNote: string }): Promise<CallbackRow | undefined> {
  const [row] = await db
    .update(callbackRequests)
    .set({ ...set, status: 'handled', version: expectedVersion + 1 })
    .where(and(eq(callbackRequests.id, id), eq(callbackRequests.version, expectedVersion), eq(callbackRequests.status, 'waiting')))
    .returning();
  return row;
}
