import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { assessments, identificationSettings, questionnaires, worklistClaims } from './tables.ts';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;
export type SettingsRow = typeof identificationSettings.$inferSelect;
export type ClaimRow = typeof worklistClaims.$inferSelect;

export async function insertQuestionnaire(db: DbOrTx, row: typeof questionnaires.$inferInsert): Promise<void> {
  await db.insert(questionnaires).values(row).onConflictDoNothing();
}

/** The newest active version of a questionnaire. */
export async function currentQuestionnaire(db: DbOrTx, code: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.code, code), eq(questionnaires.status, 'active')))
    .orderBy(desc(questionnaires.version))
    .limit(1);
  return row;
}

export async function findQuestionnaire(db: DbOrTx, id: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  return row;
}

export async function insertAssessment(db: DbOrTx, row: NewAssessment): Promise<AssessmentRow> {
  const [inserted] = await db.insert(assessments).values(row).returning();
  return inserted!;
}

export async function findAssessment(db: DbOrTx, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row;
}

/** A client's assessments, oldest first (changes are computed forwards). */
export async function assessmentsOf(db: DbOrTx, clientId: string): Promise<AssessmentRow[]> {
  return db.select().from(assessments).where(eq(assessments.clientId, clientId)).orderBy(asc(assessments.authoredAt), asc(assessments.id));
}

/** Marks a submitted pre-assessment reviewed; undefined when it was not waiting (reviewed meanwhile). */
export async function markReviewed(db: DbOrTx, id: string, by: { id: string; name: string }, at: Date): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .update(assessments)
    .set({ status: 'reviewed', reviewedById: by.id, reviewedByName: by.name, reviewedAt: at })
    .where(and(eq(assessments.id, id), eq(assessments.status, 'submitted')))
    .returning();
  return row;
}

/** Pre-assessments of one unit waiting for review, oldest first: names and dates only, never answers. */
export async function waitingPreAssessments(db: DbOrTx, unitId: string, limit: number) {
  return db
    .select({ id: assessments.id, clientId: assessments.clientId, authoredAt: assessments.authoredAt })
    .from(assessments)
    .where(and(eq(assessments.unitId, unitId), eq(assessments.kind, 'pre_assessment'), eq(assessments.status, 'submitted')))
    .orderBy(asc(assessments.authoredAt))
    .limit(limit);
}

export interface LatestSegment {
  assessmentId: string;
  clientId: string;
  segment: string;
  segmentReasons: unknown;
  authoredAt: Date;
}

const latestSegmentColumns = {
  assessmentId: assessments.id,
  clientId: assessments.clientId,
  segment: sql<string>`${assessments.segment}`.as('segment'),
  segmentReasons: assessments.segmentReasons,
  authoredAt: assessments.authoredAt,
};

/** The segment of each client's newest professional assessment; optionally only those in one segment. */
export async function latestSegments(db: DbOrTx, filter: { clientId?: string; segment?: string }): Promise<LatestSegment[]> {
  const newest = db
    .selectDistinctOn([assessments.clientId], latestSegmentColumns)
    .from(assessments)
    .where(and(eq(assessments.kind, 'professional'), sql`${assessments.segment} is not null`, filter.clientId ? eq(assessments.clientId, filter.clientId) : undefined))
    .orderBy(assessments.clientId, desc(assessments.authoredAt))
    .as('newest');
  return db
    .select()
    .from(newest)
    .where(filter.segment ? eq(newest.segment, filter.segment) : undefined);
}

export async function findSettings(db: DbOrTx, key: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(identificationSettings).where(eq(identificationSettings.key, key));
  return row;
}

/** The first save of the settings; undefined when someone saved first. */
export async function insertSettings(db: DbOrTx, row: typeof identificationSettings.$inferInsert): Promise<SettingsRow | undefined> {
  const [inserted] = await db.insert(identificationSettings).values(row).onConflictDoNothing().returning();
  return inserted;
}

/** Saves over the version the editor saw; undefined when it is stale. */
export async function updateSettings(
  db: DbOrTx,
  key: string,
  version: number,
  set: Pick<SettingsRow, 'thresholds' | 'worklist' | 'updatedById' | 'updatedByName'>,
): Promise<SettingsRow | undefined> {
  const [row] = await db
    .update(identificationSettings)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(identificationSettings.key, key), eq(identificationSettings.version, version)))
    .returning();
  return row;
}

/** The claim, or undefined when another coordinator holds the client already. */
export async function insertClaim(db: DbOrTx, row: typeof worklistClaims.$inferInsert): Promise<ClaimRow | undefined> {
  const [inserted] = await db.insert(worklistClaims).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function findClaim(db: DbOrTx, clientId: string): Promise<ClaimRow | undefined> {
  const [row] = await db.select().from(worklistClaims).where(eq(worklistClaims.clientId, clientId));
  return row;
}

export async function deleteClaim(db: DbOrTx, clientId: string, coordinatorId: string): Promise<void> {
  await db.delete(worklistClaims).where(and(eq(worklistClaims.clientId, clientId), eq(worklistClaims.coordinatorId, coordinatorId)));
}

export async function claimsOf(db: DbOrTx, clientIds: string[]): Promise<ClaimRow[]> {
  if (clientIds.length === 0) return [];
  return db.select().from(worklistClaims).where(inArray(worklistClaims.clientId, clientIds));
}
