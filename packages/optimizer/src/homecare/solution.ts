import type { HomeCareSolution, ObjectiveParts, StaffRoute } from '../model/problem.ts';
import type { HcInstance } from './instance.ts';
import type { HcState } from './state.ts';

/** Converts the search state into the public plan, with objective parts and unassigned reasons. */
export function toSolution(s: HcState): HomeCareSolution {
  const inst = s.inst;
  const visits = inst.problem.visits;
  const routes: StaffRoute[] = [];
  let travel = 0;
  let lateness = 0;
  let continuity = 0;
  for (let k = 0; k < inst.nStaff; k++) {
    const route = s.routes[k]!;
    if (route.length === 0) continue;
    const sch = s.sched[k]!;
    travel += sch.travel;
    lateness += sch.lateness;
    const staffId = inst.staffIds[k]!;
    for (const t of route) {
      const pref = visits[inst.taskVisit[t]!]!.preferredStaff;
      if (pref?.length && !pref.includes(staffId)) continuity += inst.weights.continuity;
    }
    routes.push({
      staffId,
      visits: route.map((t, i) => ({ visitId: visits[inst.taskVisit[t]!]!.id, start: sch.starts[i]!, end: sch.starts[i]! + inst.taskDur[t]! })),
      ...(Number.isNaN(sch.breakStart) ? {} : { break: { start: sch.breakStart, end: sch.breakStart + inst.breakDur[k]! } }),
      departure: sch.departure,
      arrival: sch.arrival,
      travelMinutes: sch.travel,
    });
  }
  const unassigned: { visitId: string; reason: string }[] = [];
  let unassignedWeighted = 0;
  for (let t = 0; t < inst.nTasks; t++) {
    if (s.routeOf[t]! >= 0 || (inst.partner[t]! >= 0 && inst.partner[t]! < t)) continue;
    const v = visits[inst.taskVisit[t]!]!;
    unassignedWeighted += v.priority ?? 1;
    unassigned.push({ visitId: v.id, reason: reason(inst, t) });
  }
  return { routes, unassigned, objective: objective(inst, unassignedWeighted, travel, continuity, lateness) };
}

export function objective(inst: HcInstance, unassignedWeighted: number, travelTime: number, continuityPenalty: number, lateness: number): ObjectiveParts {
  const w = inst.weights;
  const total = w.unassigned * unassignedWeighted + w.travel * travelTime + continuityPenalty + lateness;
  return { unassignedWeighted, travelTime, continuityPenalty, lateness, total };
}

function reason(inst: HcInstance, t: number): string {
  const v = inst.problem.visits[inst.taskVisit[t]!]!;
  const copies = inst.partner[t]! >= 0 ? [t, inst.partner[t]!] : [t];
  const counts = copies.map((c) => {
    let n = 0;
    for (let k = 0; k < inst.nStaff; k++) n += inst.allowed[c * inst.nStaff + k]!;
    return n;
  });
  if (v.pinned && counts.some((c) => c === 0)) return 'pinned staff not available';
  if (counts.some((c) => c === 0)) return 'no staff with the required skills who is not refused';
  if ((v.staffCount ?? 1) === 2) {
    const both = new Set<number>();
    for (let k = 0; k < inst.nStaff; k++) if (inst.allowed[copies[0]! * inst.nStaff + k] || inst.allowed[copies[1]! * inst.nStaff + k]) both.add(k);
    if (both.size < 2) return 'double-staffed visit needs two qualified staff';
  }
  return 'no feasible slot: time windows, shifts, breaks or synchronisation leave no room';
}
