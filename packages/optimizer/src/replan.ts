import type { HomeCareProblem, HomeCareSolution, Visit } from './model/problem.ts';
import { validateProblem } from './model/validate.ts';
import { compileProblem } from './homecare/compile.ts';
import { stateFromPlan } from './homecare/from-plan.ts';
import type { HomeCareOptions, HomeCareRun } from './homecare/solve.ts';
import { runAlns } from './homecare/solve.ts';

export type PlanChange =
  | { readonly kind: 'staffAbsent'; readonly staffId: string }
  | { readonly kind: 'visitAdded'; readonly visit: Visit }
  | { readonly kind: 'visitRemoved'; readonly visitId: string };

export interface ReplanOptions extends HomeCareOptions {
  /** Cost of moving a visit to other staff than in the old plan (default 30 = 30 travel minutes). */
  readonly changePenalty?: number;
}

export interface ReplanResult extends HomeCareRun {
  readonly problem: HomeCareProblem;
  /** Visits still served by exactly the same staff as before. */
  readonly keptSameStaff: number;
  /** Visits of the old plan that are still in the problem. */
  readonly comparable: number;
}

/** Applies the changes to the problem (absent staff leave pins and preferences too). */
export function applyChanges(problem: HomeCareProblem, changes: readonly PlanChange[]): HomeCareProblem {
  const absent = new Set(changes.flatMap((c) => (c.kind === 'staffAbsent' ? [c.staffId] : [])));
  const removed = new Set(changes.flatMap((c) => (c.kind === 'visitRemoved' ? [c.visitId] : [])));
  const added = changes.flatMap((c) => (c.kind === 'visitAdded' ? [c.visit] : []));
  const keepIds = (ids?: readonly string[]) => ids?.filter((id) => !absent.has(id));
  const visits = [...problem.visits, ...added]
    .filter((v) => !removed.has(v.id))
    .map((v): Visit => {
      const pinLost = v.pinned?.staff.some((id) => absent.has(id));
      const { pinned, ...rest } = v;
      return {
        ...rest,
        ...(pinned && !pinLost ? { pinned } : {}),
        ...(v.preferredStaff ? { preferredStaff: keepIds(v.preferredStaff)! } : {}),
        ...(v.refusedStaff ? { refusedStaff: keepIds(v.refusedStaff)! } : {}),
      };
    });
  return { ...problem, visits, staff: problem.staff.filter((s) => !absent.has(s.id)) };
}

/**
 * Re-planning: a new plan for the changed problem that starts from the old one and pays
 * `changePenalty` for every visit handed to someone else, so it keeps as much as it can while
 * still placing the orphaned and new visits.
 */
export async function replan(problem: HomeCareProblem, previous: HomeCareSolution, changes: readonly PlanChange[], opts: ReplanOptions): Promise<ReplanResult> {
  const next = validateProblem(applyChanges(problem, changes));
  const previousStaff = new Map<string, string[]>();
  for (const r of previous.routes) for (const v of r.visits) previousStaff.set(v.visitId, [...(previousStaff.get(v.visitId) ?? []), r.staffId]);
  const inst = await compileProblem(next, {
    ...(opts.provider ? { provider: opts.provider } : {}),
    previousStaff,
    changePenalty: opts.changePenalty ?? 30,
  });
  const run = runAlns(inst, opts, stateFromPlan(inst, previous));
  let kept = 0;
  let comparable = 0;
  const nowStaff = new Map<string, string[]>();
  for (const r of run.solution.routes) for (const v of r.visits) nowStaff.set(v.visitId, [...(nowStaff.get(v.visitId) ?? []), r.staffId]);
  for (const v of next.visits) {
    const before = previousStaff.get(v.id);
    if (!before) continue;
    comparable++;
    const after = nowStaff.get(v.id) ?? [];
    if (before.length === after.length && before.every((id) => after.includes(id))) kept++;
  }
  return { ...run, problem: next, keptSameStaff: kept, comparable };
}
