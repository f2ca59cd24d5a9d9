import type { HomeCareSolution } from '../model/problem.ts';
import type { HcInstance } from './instance.ts';
import { HcState } from './state.ts';

/**
 * Rebuilds a search state from a plan (replanning): visits keep their staff, order and, for
 * double-staffed visits, their shared start. Visits or staff the instance no longer has are
 * skipped; a route that became infeasible sheds tasks from its end until it is feasible again.
 */
export function stateFromPlan(inst: HcInstance, plan: HomeCareSolution): HcState {
  const s = new HcState(inst);
  const staffIndex = new Map(inst.staffIds.map((id, k) => [id, k]));
  const tasksOf = new Map<string, number[]>();
  for (let t = 0; t < inst.nTasks; t++) {
    const id = inst.problem.visits[inst.taskVisit[t]!]!.id;
    tasksOf.set(id, [...(tasksOf.get(id) ?? []), t]);
  }
  const used = new Set<number>();
  for (const r of plan.routes) {
    const k = staffIndex.get(r.staffId);
    if (k === undefined) continue;
    for (const pv of r.visits) {
      const t = (tasksOf.get(pv.visitId) ?? []).find((x) => !used.has(x) && inst.allowed[x * inst.nStaff + k] === 1);
      if (t === undefined) continue;
      used.add(t);
      s.routes[k]!.push(t);
      s.routeOf[t] = k;
      if (inst.partner[t]! >= 0) s.sync[t] = pv.start;
    }
  }
  // a double-staffed visit whose partner was lost (absent staff) cannot stay half-planned
  for (let t = 0; t < inst.nTasks; t++) {
    const p = inst.partner[t]!;
    if (p >= 0 && s.routeOf[t]! >= 0 && s.routeOf[p]! < 0) s.remove(t, new Set());
  }
  for (let k = 0; k < inst.nStaff; k++) {
    while (!s.refresh(k)) {
      const last = s.routes[k]![s.routes[k]!.length - 1];
      if (last === undefined) break;
      const touched = new Set<number>();
      s.remove(last, touched);
      for (const x of touched) if (x !== k) s.refresh(x);
    }
  }
  return s;
}
