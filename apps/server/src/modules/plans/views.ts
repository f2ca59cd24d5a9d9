import { helsinkiDate, planState, reviewDue, type PlanContent } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import * as repo from './repo.ts';
import type { PlanView } from './schema.ts';

const today = () => helsinkiDate(new Date());

export const versionView = (v: repo.VersionRow) => ({
  version: v.version,
  savedAt: v.savedAt.toISOString(),
  savedBy: v.savedByName,
  changeNote: v.changeNote,
  agreement:
    v.agreementKind && v.agreedAt
      ? { kind: v.agreementKind as 'portal' | 'spoken', at: v.agreedAt.toISOString(), byName: v.agreedByName ?? '', note: v.agreementNote }
      : null,
});

export const commentView = (c: repo.CommentRow) => ({ id: c.id, author: c.authorName, authorRole: c.authorRole, text: c.text, createdAt: c.createdAt.toISOString() });

/** The plan as it is now: the current content, its state, every version, the comments and the reviews. */
export async function planView(db: DbOrTx, plan: repo.PlanRow): Promise<PlanView> {
  const [versions, comments, reviews] = await Promise.all([repo.versionsOf(db, plan.id), repo.commentsOf(db, plan.id), repo.reviewsOf(db, plan.id)]);
  const current = versions.find((v) => v.version === plan.currentVersion)!;
  return {
    id: plan.id,
    clientId: plan.clientId,
    register: plan.register as PlanView['register'],
    status: plan.status as PlanView['status'],
    state: planState(versions.map((v) => ({ version: v.version, agreed: v.agreedAt !== null })), plan.currentVersion),
    currentVersion: plan.currentVersion,
    responsibleWorker: { id: plan.responsibleWorkerId, name: plan.responsibleWorkerName },
    nextReviewOn: plan.nextReviewOn,
    reviewDue: plan.status === 'active' && reviewDue(plan.nextReviewOn, today()),
    createdAt: plan.createdAt.toISOString(),
    createdBy: plan.createdByName,
    content: current.content as PlanContent,
    versions: versions.map(versionView),
    comments: comments.map(commentView),
    reviews: reviews.map(({ review, scores }) => ({
      id: review.id,
      version: review.version,
      reviewedAt: review.reviewedAt.toISOString(),
      reviewedBy: review.reviewedByName,
      note: review.note,
      nextReviewOn: review.nextReviewOn,
      scores: scores.map((s) => ({ goalId: s.goalId, score: s.score, note: s.note })),
    })),
  };
}
