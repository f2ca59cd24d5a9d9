import { and, asc, count, eq, gt, inArray, isNotNull, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { walkInCounters, walkInTickets } from './tables.ts';

export type TicketRow = typeof walkInTickets.$inferSelect;

export interface QueueKey {
  locationId: string;
  serviceId: string;
  queueDate: string;
}

const ofQueue = (q: QueueKey) => and(eq(walkInTickets.locationId, q.locationId), eq(walkInTickets.serviceId, q.serviceId), eq(walkInTickets.queueDate, q.queueDate));

/**
 * The next number of the day's queue, from one counter row: the upsert takes the row lock, so
 * parallel takers get distinct, consecutive numbers without gaps from lost races.
 */
export async function nextNumber(db: DbOrTx, q: QueueKey): Promise<number> {
  const [row] = await db
    .insert(walkInCounters)
    .values({ ...q, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [walkInCounters.locationId, walkInCounters.serviceId, walkInCounters.queueDate],
      set: { lastNumber: sql`${walkInCounters.lastNumber} + 1` },
    })
    .returning({ n: walkInCounters.lastNumber });
  return row!.n;
}

/**
 * A kiosk's numbers since a moment, counted under a lock on the device so that two requests from
 * it (in any server process) cannot both pass the limit.
 */
export async function kioskNumbersSince(tx: DbOrTx, device: string, since: Date): Promise<{ n: number; oldest: Date | null }> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kiosk'), hashtext(${device}))`);
  const [row] = await tx
    .select({ n: count(), oldest: min(walkInTickets.takenAt) })
    .from(walkInTickets)
    .where(and(eq(walkInTickets.takenFrom, device), gt(walkInTickets.takenAt, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
}

export async function insertTicket(db: DbOrTx, row: typeof walkInTickets.$inferInsert): Promise<TicketRow> {
  const [inserted] = await db.insert(walkInTickets).values(row).returning();
  return inserted!;
}

export async function findTicket(db: DbOrTx, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(walkInTickets).where(eq(walkInTickets.id, id));
  return row;
}

/** Every ticket of the day's queues at a location, in number order. */
export async function ticketsAt(db: DbOrTx, locationId: string, queueDate: string, serviceId?: string): Promise<TicketRow[]> {
  return db
    .select()
    .from(walkInTickets)
    .where(and(eq(walkInTickets.locationId, locationId), eq(walkInTickets.queueDate, queueDate), serviceId ? eq(walkInTickets.serviceId, serviceId) : undefined))
    .orderBy(asc(walkInTickets.serviceId), asc(walkInTickets.number));
}

/** The given queues' tickets of the day (a resident's tickets may be in several). */
export async function ticketsOfQueues(db: DbOrTx, queues: QueueKey[]): Promise<TicketRow[]> {
  if (queues.length === 0) return [];
  const locations = [...new Set(queues.map((q) => q.locationId))];
  const rows = await db
    .select()
    .from(walkInTickets)
    .where(and(inArray(walkInTickets.locationId, locations), inArray(walkInTickets.queueDate, [...new Set(queues.map((q) => q.queueDate))])))
    .orderBy(asc(walkInTickets.number));
  return rows.filter((r) => queues.some((q) => q.locationId === r.locationId && q.serviceId === r.serviceId && q.queueDate === r.queueDate));
}

export async function ticketsOfClient(db: DbOrTx, clientId: string, queueDate: string): Promise<TicketRow[]> {
  return db
    .select()
    .from(walkInTickets)
    .where(and(eq(walkInTickets.clientId, clientId), eq(walkInTickets.queueDate, queueDate), isNotNull(walkInTickets.clientId)))
    .orderBy(asc(walkInTickets.takenAt));
}

/**
 * Calls the lowest waiting number. The row is locked and rows another caller holds are skipped,
 * so two professionals pressing "call next" at once call two different people.
 */
export async function callLowestWaiting(db: DbOrTx, q: QueueKey, set: { calledAt: Date; calledById: string; calledByName: string; calledTo: string }): Promise<TicketRow | undefined> {
  const [next] = await db
    .select({ id: walkInTickets.id })
    .from(walkInTickets)
    .where(and(ofQueue(q), eq(walkInTickets.status, 'waiting')))
    .orderBy(asc(walkInTickets.number))
    .limit(1)
    .for('update', { skipLocked: true });
  if (!next) return undefined;
  const [called] = await db.update(walkInTickets).set({ status: 'called', ...set }).where(eq(walkInTickets.id, next.id)).returning();
  return called;
}

/** Moves a ticket on only from the statuses given; undefined when it was in another. */
export async function finishTicket(db: DbOrTx, id: string, from: readonly string[], status: 'served' | 'left', at: Date): Promise<TicketRow | undefined> {
  const [row] = await db
    .update(walkInTickets)
    .set({ status, finishedAt: at })
    .where(and(eq(walkInTickets.id, id), inArray(walkInTickets.status, [...from])))
    .returning();
  return row;
}
