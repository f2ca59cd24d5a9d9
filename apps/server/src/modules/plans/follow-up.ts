import { AppError, validateAttainments, type PlanContent } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Accessor } from '../clients/service.ts';
import { planFor, requireOpen } from './access.ts';
import * as repo from './repo.ts';
import { commentView, planView } from './views.ts';

/**
 * Records the client's agreement to the version they saw. Agreeing to anything but the current
 * version is refused: the client must not agree to a plan that has since changed.
 */
export async function agree(db: DbOrTx, plan: repo.PlanRow, version: number, agreement: { kind: 'portal' | 'spoken'; byName: string; note: string | null }) {
  requireOpen(plan);
  if (version !== plan.currentVersion) {
    throw new AppError('conflict', `The plan has changed: version ${plan.currentVersion} is the current one, not ${version}. Read it before agreeing.`);
  }
  const row = await repo.agreeToVersion(db, plan.id, version, { ...agreement, at: new Date() });
  if (!row) throw new AppError('conflict', `Version ${version} is already agreed.`);
}

/** The worker records that the client agreed to the current version by word of mouth (at a meeting, on the phone). */
export async function recordSpokenAgreement(db: Db, who: Accessor, planId: string, input: { version: number; note: string }) {
  const { plan } = await planFor(db, who, planId, 'write');
  await agree(db, plan, input.version, { kind: 'spoken', byName: who.user.displayName, note: input.note });
  return planView(db, plan);
}

/** A review: a GAS score −2…+2 per goal scored, a note, and the next review date. */
export async function addReview(db: Db, who: Accessor, planId: string, input: { scores: { goalId: string; score: number; note: string }[]; note: string; nextReviewOn: string | null }) {
  const { plan } = await planFor(db, who, planId, 'write');
  requireOpen(plan);
  const current = await repo.findVersion(db, planId, plan.currentVersion);
  const errors = validateAttainments((current!.content as PlanContent).goals, input.scores).map((e) => ({ ...e, field: `body.${e.field}` }));
  if (errors.length > 0) throw new AppError('validation', `The review is not valid — ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, { errors });
  await db.transaction(async (tx) => {
    await repo.insertReview(
      tx,
      { planId, version: plan.currentVersion, reviewedById: who.user.id, reviewedByName: who.user.displayName, note: input.note, nextReviewOn: input.nextReviewOn },
      input.scores,
    );
    await repo.setNextReview(tx, planId, input.nextReviewOn);
  });
  return planView(db, (await repo.findPlan(db, planId))!);
}

export async function saveComment(db: DbOrTx, plan: repo.PlanRow, author: { id: string; name: string; role: string }, text: string) {
  requireOpen(plan);
  const row = await repo.insertComment(db, { planId: plan.id, authorId: author.id, authorName: author.name, authorRole: author.role, text });
  return commentView(row);
}

export async function addStaffComment(db: Db, who: Accessor, planId: string, text: string) {
  const { plan } = await planFor(db, who, planId, 'write');
  return saveComment(db, plan, { id: who.user.id, name: who.user.displayName, role: who.user.role }, text);
}
