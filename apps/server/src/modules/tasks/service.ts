import { helsinkiDate } from '@avain/domain';
import type { SessionUser } from '../auth/service.ts';
import type { DbOrTx } from '../../db/client.ts';
import { preAssessmentsToReview } from '../assessment/service.ts';
import { reviewsDueFor } from '../plans/service.ts';
import { unansweredReferralsFor } from '../referrals/service.ts';
import type { TaskView } from './schema.ts';

/**
 * A professional's tasks, gathered from the modules that own them: plans whose review is due
 * (the user is the responsible worker), referrals the user sent that nobody has answered in time,
 * and pre-assessments sent to the user's unit waiting for review. Nothing is stored: a task ends
 * when its cause does.
 */
export async function tasksOf(db: DbOrTx, who: { user: SessionUser; requestId: string; ip: string | null }, referralAnswerHours: number, now = new Date()): Promise<{ today: string; tasks: TaskView[] }> {
  const today = helsinkiDate(now);
  const [reviews, referrals, preAssessments] = await Promise.all([
    reviewsDueFor(db, who.user.id, today),
    unansweredReferralsFor(db, who.user.id, now, referralAnswerHours),
    // The unit's waiting pre-assessments name clients the user has no relation with yet: listed, logged.
    preAssessmentsToReview(db, who.user.id, { actor: { id: who.user.id, name: who.user.displayName, role: who.user.role }, requestId: who.requestId, ip: who.ip }),
  ]);
  const tasks: TaskView[] = [
    ...reviews.map((r) => ({ kind: 'plan_review_due' as const, clientId: r.clientId, clientName: r.clientName, subjectId: r.planId, detail: null, since: r.nextReviewOn })),
    ...referrals.map((r) => ({
      kind: 'referral_unanswered' as const,
      clientId: r.clientId,
      clientName: r.clientName,
      subjectId: r.referralId,
      detail: `${r.serviceName}, ${r.organizationName}`,
      since: toIso(r.sentAt),
    })),
    ...preAssessments.map((p) => ({ kind: 'pre_assessment_to_review' as const, clientId: p.clientId, clientName: p.clientName, subjectId: p.assessmentId, detail: null, since: toIso(p.submittedAt) })),
  ];
  // Oldest first: what has waited longest comes first.
  return { today, tasks: tasks.sort((a, b) => a.since.localeCompare(b.since)) };
}

const toIso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());
