import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WORKLIST_CRITERIA,
  HOLISTIC_QUESTIONNAIRE,
  QUESTIONNAIRE_CODE,
  type Role,
  type Segment,
  type SegmentationThresholds,
  type SegmentReason,
  type WorklistCriteria,
} from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { clientsByIds, fullName, unitOfUser } from '../clients/service.ts';
import * as repo from './repo.ts';

export const SETTINGS_KEY = 'default';

/** Service use is counted over the last 12 months, for segments and the worklist alike. */
export const serviceUseSince = (now: Date) => new Date(now.getTime() - 365 * 86_400_000);

/** The current questionnaire version, stored on first need (and by the demo seed). */
export async function ensureQuestionnaire(db: DbOrTx): Promise<repo.QuestionnaireRow> {
  const current = await repo.currentQuestionnaire(db, QUESTIONNAIRE_CODE);
  if (current && current.version >= HOLISTIC_QUESTIONNAIRE.version) return current;
  const { code, version, title, items } = HOLISTIC_QUESTIONNAIRE;
  await repo.insertQuestionnaire(db, { code, version, title, items });
  return (await repo.currentQuestionnaire(db, QUESTIONNAIRE_CODE))!;
}

export interface IdentificationSettings {
  thresholds: SegmentationThresholds;
  worklist: WorklistCriteria;
  /** 0 until someone saves the settings: the defaults are in use. */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The settings in use; the defaults of the domain until someone saves their own. */
export async function identificationSettings(db: DbOrTx): Promise<IdentificationSettings> {
  const row = await repo.findSettings(db, SETTINGS_KEY);
  if (!row) return { thresholds: DEFAULT_THRESHOLDS, worklist: DEFAULT_WORKLIST_CRITERIA, version: 0, updatedBy: null, updatedAt: null };
  return {
    // A setting added later still has its default in rows saved before it.
    thresholds: { ...DEFAULT_THRESHOLDS, ...(row.thresholds as Partial<SegmentationThresholds>) },
    worklist: { ...DEFAULT_WORKLIST_CRITERIA, ...(row.worklist as Partial<WorklistCriteria>) },
    version: row.version,
    updatedBy: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The segment of the client's newest professional assessment, or null. For other modules that
 * have already passed the access gate; it reads no answers.
 */
export async function latestSegment(db: DbOrTx, clientId: string): Promise<{ assessmentId: string; segment: Segment; reasons: SegmentReason[]; assessedAt: string } | null> {
  const [row] = await repo.latestSegments(db, { clientId });
  return row ? { assessmentId: row.assessmentId, segment: row.segment as Segment, reasons: row.segmentReasons as SegmentReason[], assessedAt: row.authoredAt.toISOString() } : null;
}

/**
 * Pre-assessments waiting in the professional's unit, for their task list: names and dates only.
 * Each client listed sees it in their access log, as with any list of names.
 */
export async function preAssessmentsToReview(
  db: DbOrTx,
  userId: string,
  audit?: { actor: { id: string; name: string; role: Role }; requestId: string; ip: string | null },
): Promise<{ assessmentId: string; clientId: string; clientName: string; submittedAt: string }[]> {
  const unit = await unitOfUser(db, userId);
  if (!unit) return [];
  const rows = await repo.waitingPreAssessments(db, unit.id, 200);
  const clients = new Map((await clientsByIds(db, [...new Set(rows.map((r) => r.clientId))])).map((c) => [c.id, c]));
  if (audit && rows.length > 0) {
    await recordAudit(
      db,
      rows.map((r) => ({ actor: audit.actor, action: 'client.pre_assessment.listed', outcome: 'success' as const, resourceType: 'pre_assessment', resourceId: r.id, clientId: r.clientId, actorOrganization: `${unit.nameFi}, ${unit.organizationName}`, requestId: audit.requestId, ip: audit.ip })),
    );
  }
  return rows.map((r) => ({ assessmentId: r.id, clientId: r.clientId, clientName: fullName(clients.get(r.clientId)!), submittedAt: r.authoredAt.toISOString() }));
}
export { saveAssessmentForSeed } from './assessments.ts';
