import { AppError, comparePlanVersions, type PlanContent, type Register } from '@avain/domain';
import type { Db, DbOrTx } from '../../db/client.ts';
import { loadClient, unitOfUser, type Accessor } from '../clients/service.ts';
import { planFor, requireAccess, requireOpen } from './access.ts';
import { ensureTeamRelations, resolveContent, responsibleOf } from './content.ts';
import * as repo from './repo.ts';
import type { PlanContentInput } from './schema.ts';
import { planView, versionView } from './views.ts';

const OPEN_PLAN_KEY = 'plans_one_open_per_client_key';
const ONE_OPEN_PLAN = 'The client already has an open joint plan: open it and save a new version, or close it first.';

/** The database's answer when a second open plan for the client would be stored (the partial unique index). */
function isOpenPlanConflict(error: unknown): boolean {
  for (let e = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    const x = e as { code?: string; constraint?: string; message?: string };
    if (x.code === '23505' && (x.constraint === OPEN_PLAN_KEY || (x.message ?? '').includes(OPEN_PLAN_KEY))) return true;
  }
  return false;
}

interface Author {
  id: string;
  name: string;
}

/** Stores a plan (version 1) or a new version of it; the caller has checked access. Used by the seed too. */
export async function writeVersion(tx: DbOrTx, plan: repo.PlanRow, version: number, content: PlanContent, by: Author, changeNote: string, at = new Date()) {
  await repo.insertVersion(tx, { planId: plan.id, version, content, changeNote, savedById: by.id, savedByName: by.name, savedAt: at });
}

/** Starts the client's joint plan in the creator's unit and register; one open plan per client. */
export async function startPlan(db: Db, who: Accessor, clientId: string, input: PlanContentInput) {
  const client = await loadClient(db, clientId);
  const unit = await unitOfUser(db, who.user.id);
  // Without a unit there is no own register: the policy refuses, and the refusal is logged.
  await requireAccess(db, who, client, (unit?.register as Register | undefined) ?? 'health', 'write');
  if (!unit) throw new AppError('forbidden', 'Only staff of a service unit start plans.');
  if (await repo.openPlanOf(db, clientId)) throw new AppError('conflict', ONE_OPEN_PLAN);
  const content = await resolveContent(db, input);
  const responsible = responsibleOf(content);
  const author = { id: who.user.id, name: who.user.displayName };
  try {
    const plan = await db.transaction(async (tx) => {
      // The plan row first: a second start waits here on the unique index, before taking the audit lock.
      const row = await repo.insertPlan(tx, {
        clientId,
        register: unit.register,
        unitId: unit.id,
        responsibleWorkerId: responsible.id,
        responsibleWorkerName: responsible.name,
        nextReviewOn: content.nextReviewOn,
        createdById: author.id,
        createdByName: author.name,
      });
      await writeVersion(tx, row, 1, content, author, '');
      await ensureTeamRelations(tx, who, client, row.id, content);
      return row;
    });
    return planView(db, plan);
  } catch (error) {
    if (isOpenPlanConflict(error)) throw new AppError('conflict', ONE_OPEN_PLAN);
    throw error;
  }
}

/** The client's open plan, or null when there is none (the read is decided on the viewer's own register then). */
export async function clientPlan(db: Db, who: Accessor, clientId: string) {
  const client = await loadClient(db, clientId);
  const plan = await repo.openPlanOf(db, clientId);
  if (plan) {
    await requireAccess(db, who, client, plan.register as Register, 'read');
    return { plan: await planView(db, plan) };
  }
  const unit = await unitOfUser(db, who.user.id);
  await requireAccess(db, who, client, (unit?.register as Register | undefined) ?? 'health', 'read');
  return { plan: null };
}

async function versionOf(db: DbOrTx, planId: string, version: number) {
  const row = await repo.findVersion(db, planId, version);
  if (!row) throw new AppError('not_found', `The plan has no version ${version}.`);
  return row;
}

export async function planVersion(db: Db, who: Accessor, planId: string, version: number) {
  await planFor(db, who, planId, 'read');
  const row = await versionOf(db, planId, version);
  return { ...versionView(row), content: row.content as PlanContent };
}

export async function comparePlan(db: Db, who: Accessor, planId: string, from: number, to: number) {
  await planFor(db, who, planId, 'read');
  const [a, b] = await Promise.all([versionOf(db, planId, from), versionOf(db, planId, to)]);
  return { from, to, ...comparePlanVersions(a.content as PlanContent, b.content as PlanContent) };
}

/** Saves the edited plan as a new version, if nobody saved another since `baseVersion`. */
export async function savePlan(db: Db, who: Accessor, planId: string, input: PlanContentInput & { baseVersion: number; changeNote: string }) {
  const { plan, client } = await planFor(db, who, planId, 'write');
  requireOpen(plan);
  const stale = () => new AppError('conflict', `The plan has changed since version ${input.baseVersion}: load version ${plan.currentVersion} and make your change again.`);
  if (input.baseVersion !== plan.currentVersion) throw stale();
  const content = await resolveContent(db, input);
  const responsible = responsibleOf(content);
  const saved = await db.transaction(async (tx) => {
    const row = await repo.advancePlan(tx, planId, input.baseVersion, { responsibleWorkerId: responsible.id, responsibleWorkerName: responsible.name, nextReviewOn: content.nextReviewOn });
    if (!row) throw stale();
    await writeVersion(tx, row, row.currentVersion, content, { id: who.user.id, name: who.user.displayName }, input.changeNote);
    await ensureTeamRelations(tx, who, client, row.id, content);
    return row;
  });
  return planView(db, saved);
}

export async function closePlan(db: Db, who: Accessor, planId: string) {
  const { plan } = await planFor(db, who, planId, 'write');
  const closed = await repo.closePlan(db, plan.id, new Date());
  if (!closed) throw new AppError('conflict', 'The plan is already closed.');
  return planView(db, closed);
}
