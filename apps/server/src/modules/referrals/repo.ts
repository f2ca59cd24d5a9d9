import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ReferralStatus } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { referralEvents, referrals } from './tables.ts';

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;
export type ReferralEventRow = typeof referralEvents.$inferSelect;

/** Lists are for screens, not exports: a bound keeps a busy producer's page quick. */
const LIST_LIMIT = 200;

const statusIn = (statuses: readonly ReferralStatus[] | undefined): SQL | undefined => (statuses ? inArray(referrals.status, [...statuses]) : undefined);

export async function insertReferral(db: DbOrTx, row: NewReferral): Promise<ReferralRow> {
  const [inserted] = await db.insert(referrals).values(row).returning();
  return inserted!;
}

export async function insertEvent(db: DbOrTx, row: typeof referralEvents.$inferInsert): Promise<void> {
  await db.insert(referralEvents).values(row);
}

export async function findReferral(db: DbOrTx, id: string): Promise<ReferralRow | undefined> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
  return row;
}

/** Applies a status change only if nobody changed the referral in between (optimistic version). */
export async function updateReferral(db: DbOrTx, id: string, expectedVersion: number, set: Partial<NewReferral>): Promise<ReferralRow | undefined> {
  const [row] = await db
    .update(referrals)
    .set({ ...set, version: expectedVersion + 1 })
    .where(and(eq(referrals.id, id), eq(referrals.version, expectedVersion)))
    .returning();
  return row;
}

export async function eventsOf(db: DbOrTx, referralId: string): Promise<ReferralEventRow[]> {
  return db.select().from(referralEvents).where(eq(referralEvents.referralId, referralId)).orderBy(asc(referralEvents.at));
}

/** Referrals to the given producers, oldest waiting first so the longest wait is seen first. */
export async function referralsTo(db: DbOrTx, organizationIds: string[], statuses?: readonly ReferralStatus[]): Promise<ReferralRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(referrals)
    .where(and(inArray(referrals.organizationId, organizationIds), statusIn(statuses)))
    .orderBy(asc(referrals.sentAt))
    .limit(LIST_LIMIT);
}

export async function referralsSentBy(db: DbOrTx, referrerId: string, statuses?: readonly ReferralStatus[]): Promise<ReferralRow[]> {
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.referrerId, referrerId), statusIn(statuses)))
    .orderBy(desc(referrals.sentAt))
    .limit(LIST_LIMIT);
}

export async function referralsOfClient(db: DbOrTx, clientId: string): Promise<ReferralRow[]> {
  return db.select().from(referrals).where(eq(referrals.clientId, clientId)).orderBy(desc(referrals.sentAt)).limit(LIST_LIMIT);
}

export async function countWaitingTo(db: DbOrTx, organizationIds: string[]): Promise<number> {
  if (organizationIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(referrals)
    .where(and(inArray(referrals.organizationId, organizationIds), eq(referrals.status, 'sent')));
  return row?.n ?? 0;
}
