import { validatePlanContent, type PlanContent, type Register } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { clientsByIds } from '../clients/service.ts';
import * as repo from './repo.ts';
import { writeVersion } from './staff.ts';

export const clientsWithOpenPlan = repo.clientsWithOpenPlan;

/** The client's open plan row, if any (no access decision: for other modules' own checked use cases). */
export const openPlanOf = repo.openPlanOf;

/** Plans whose review date has come, where the user is the responsible worker: for their task list. */
export async function reviewsDueFor(db: DbOrTx, userId: string, today: string) {
  const plans = await repo.reviewsDue(db, userId, today);
  const clients = new Map((await clientsByIds(db, plans.map((p) => p.clientId))).map((c) => [c.id, c]));
  return plans.map((p) => {
    const c = clients.get(p.clientId);
    return { planId: p.id, clientId: p.clientId, clientName: c ? `${c.firstNames} ${c.lastName}` : '', nextReviewOn: p.nextReviewOn! };
  });
}

interface Person {
  id: string;
  name: string;
}

export interface SeedPlan {
  clientId: string;
  register: Register;
  unitId: string;
  createdBy: Person;
  /** Oldest first; each may carry the client's agreement. The last one is current. */
  versions: {
    content: PlanContent;
    savedBy?: Person;
    savedAt?: Date;
    changeNote?: string;
    agreement?: { kind: 'portal' | 'spoken'; byName: string; note?: string | null; at: Date };
  }[];
  reviews?: { by: Person; at: Date; note?: string; nextReviewOn: string | null; scores: { goalId: string; score: number; note?: string }[] }[];
  comments?: { by: Person & { role: string }; text: string }[];
}

/**
 * Stores a whole plan history directly, for the demo data: no access decision and no audit, as
 * nobody is acting. Each version's content must meet the plan rules.
 */
export async function savePlanForSeed(tx: DbOrTx, seed: SeedPlan): Promise<string> {
  for (const v of seed.versions) {
    const errors = validatePlanContent(v.content);
    if (errors.length > 0) throw new Error(`Seed plan for ${seed.clientId} is invalid: ${JSON.stringify(errors)}`);
  }
  const current = seed.versions.at(-1)!.content;
  const responsible = current.team.find((m) => m.kind === 'staff' && m.userId === current.responsibleWorkerId)!;
  const lastReview = seed.reviews?.at(-1);
  const plan = await repo.insertPlan(tx, {
    clientId: seed.clientId,
    register: seed.register,
    unitId: seed.unitId,
    currentVersion: seed.versions.length,
    responsibleWorkerId: current.responsibleWorkerId,
    responsibleWorkerName: responsible.name,
    nextReviewOn: lastReview ? lastReview.nextReviewOn : current.nextReviewOn,
    createdById: seed.createdBy.id,
    createdByName: seed.createdBy.name,
    ...(seed.versions[0]!.savedAt ? { createdAt: seed.versions[0]!.savedAt } : {}),
  });
  for (const [i, v] of seed.versions.entries()) {
    await writeVersion(tx, plan, i + 1, v.content, v.savedBy ?? seed.createdBy, v.changeNote ?? '', v.savedAt);
    if (v.agreement) await repo.agreeToVersion(tx, plan.id, i + 1, { kind: v.agreement.kind, byName: v.agreement.byName, note: v.agreement.note ?? null, at: v.agreement.at });
  }
  for (const r of seed.reviews ?? []) {
    await repo.insertReview(
      tx,
      { planId: plan.id, version: seed.versions.length, reviewedById: r.by.id, reviewedByName: r.by.name, reviewedAt: r.at, note: r.note ?? '', nextReviewOn: r.nextReviewOn },
      r.scores.map((s) => ({ goalId: s.goalId, score: s.score, note: s.note ?? '' })),
    );
  }
  for (const c of seed.comments ?? []) {
    await repo.insertComment(tx, { planId: plan.id, authorId: c.by.id, authorName: c.by.name, authorRole: c.by.role, text: c.text });
  }
  return plan.id;
}

export type { PlanContent };
