import { and, asc, desc, eq, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { goalAttainments, planComments, planReviews, plans, planVersions } from './tables.ts';

export type PlanRow = typeof plans.$inferSelect;
export type VersionRow = typeof planVersions.$inferSelect;
export type ReviewRow = typeof planReviews.$inferSelect;
export type AttainmentRow = typeof goalAttainments.$inferSelect;
export type CommentRow = typeof planComments.$inferSelect;

/** Of the given clients, those with an open (not closed) joint plan. */
export async function clientsWithOpenPlan(db: DbOrTx, clientIds: string[]): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await db
    .select({ clientId: plans.clientId })
    .from(plans)
    .where(and(inArray(plans.clientId, clientIds), ne(plans.status, 'closed')));
  return new Set(rows.map((r) => r.clientId));
}

export async function openPlanOf(db: DbOrTx, clientId: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(and(eq(plans.clientId, clientId), ne(plans.status, 'closed')));
  return row;
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

export async function insertPlan(db: DbOrTx, row: typeof plans.$inferInsert): Promise<PlanRow> {
  const [inserted] = await db.insert(plans).values(row).returning();
  return inserted!;
}

/**
 * Moves the plan to a new version only if it is still at `baseVersion`: of two saves from the same
 * base, one wins and the other finds no row.
 */
export async function advancePlan(
  db: DbOrTx,
  id: string,
  baseVersion: number,
  set: { responsibleWorkerId: string; responsibleWorkerName: string; nextReviewOn: string | null },
): Promise<PlanRow | undefined> {
  const [row] = await db
    .update(plans)
    .set({ ...set, currentVersion: baseVersion + 1, updatedAt: new Date() })
    .where(and(eq(plans.id, id), eq(plans.currentVersion, baseVersion), eq(plans.status, 'active')))
    .returning();
  return row;
}

export async function setNextReview(db: DbOrTx, id: string, nextReviewOn: string | null): Promise<void> {
  await db.update(plans).set({ nextReviewOn, updatedAt: new Date() }).where(eq(plans.id, id));
}

export async function closePlan(db: DbOrTx, id: string, at: Date): Promise<PlanRow | undefined> {
  const [row] = await db
    .update(plans)
    .set({ status: 'closed', closedAt: at, updatedAt: at })
    .where(and(eq(plans.id, id), eq(plans.status, 'active')))
    .returning();
  return row;
}

export async function insertVersion(db: DbOrTx, row: typeof planVersions.$inferInsert): Promise<void> {
  await db.insert(planVersions).values(row);
}

export async function versionsOf(db: DbOrTx, planId: string): Promise<VersionRow[]> {
  return db.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(asc(planVersions.version));
}

export async function findVersion(db: DbOrTx, planId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(planVersions).where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)));
  return row;
}

/** Records the client's agreement to a version not yet agreed; undefined when it already was. */
export async function agreeToVersion(
  db: DbOrTx,
  planId: string,
  version: number,
  agreement: { kind: 'portal' | 'spoken'; byName: string; note: string | null; at: Date },
): Promise<VersionRow | undefined> {
  const [row] = await db
    .update(planVersions)
    .set({ agreementKind: agreement.kind, agreedAt: agreement.at, agreedByName: agreement.byName, agreementNote: agreement.note })
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version), sql`${planVersions.agreedAt} is null`))
    .returning();
  return row;
}

export async function insertReview(db: DbOrTx, review: typeof planReviews.$inferInsert, scores: { goalId: string; score: number; note: string }[]): Promise<ReviewRow> {
  const [row] = await db.insert(planReviews).values(review).returning();
  if (scores.length > 0) await db.insert(goalAttainments).values(scores.map((s) => ({ ...s, reviewId: row!.id, planId: row!.planId })));
  return row!;
}

export async function reviewsOf(db: DbOrTx, planId: string): Promise<{ review: ReviewRow; scores: AttainmentRow[] }[]> {
  const reviews = await db.select().from(planReviews).where(eq(planReviews.planId, planId)).orderBy(desc(planReviews.reviewedAt));
  const scores = await db.select().from(goalAttainments).where(eq(goalAttainments.planId, planId));
  return reviews.map((review) => ({ review, scores: scores.filter((s) => s.reviewId === review.id) }));
}

export async function insertComment(db: DbOrTx, row: typeof planComments.$inferInsert): Promise<CommentRow> {
  const [inserted] = await db.insert(planComments).values(row).returning();
  return inserted!;
}

export async function commentsOf(db: DbOrTx, planId: string): Promise<CommentRow[]> {
  return db.select().from(planComments).where(eq(planComments.planId, planId)).orderBy(asc(planComments.createdAt));
}

/** Open plans of a responsible worker whose review date has come. */
export async function reviewsDue(db: DbOrTx, userId: string, today: string): Promise<PlanRow[]> {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.responsibleWorkerId, userId), eq(plans.status, 'active'), isNotNull(plans.nextReviewOn), lte(plans.nextReviewOn, today)))
    .orderBy(asc(plans.nextReviewOn));
}

export interface AttainmentMonth {
  month: string;
  reviews: number;
  goalsScored: number;
  meanScore: number | null;
  distribution: Record<'-2' | '-1' | '0' | '1' | '2', number>;
}

/** Goal attainment by review month (Helsinki time): counts and means only, no plan or client named. */
export async function attainmentByMonth(db: DbOrTx): Promise<AttainmentMonth[]> {
  const month = sql<string>`to_char(${planReviews.reviewedAt} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  const n = (score: number) => sql<number>`(count(${goalAttainments.id}) filter (where ${goalAttainments.score} = ${score}))::int`;
  const rows = await db
    .select({
      month,
      reviews: sql<number>`count(distinct ${planReviews.id})::int`,
      goalsScored: sql<number>`count(${goalAttainments.id})::int`,
      meanScore: sql<string | null>`avg(${goalAttainments.score})`,
      m2: n(-2),
      m1: n(-1),
      z: n(0),
      p1: n(1),
      p2: n(2),
    })
    .from(planReviews)
    .leftJoin(goalAttainments, eq(goalAttainments.reviewId, planReviews.id))
    .groupBy(month)
    .orderBy(month);
  return rows.map((r) => ({
    month: r.month,
    reviews: r.reviews,
    goalsScored: r.goalsScored,
    meanScore: r.meanScore === null ? null : Math.round(Number(r.meanScore) * 100) / 100,
    distribution: { '-2': r.m2, '-1': r.m1, '0': r.z, '1': r.p1, '2': r.p2 },
  }));
}
