import type { HomeCareProblem, HomeCareSolution, Location, ObjectiveParts, Staff, Visit } from '../model/problem.ts';
import { DEFAULT_SPEED_KMH, DEFAULT_WEIGHTS } from '../model/problem.ts';

/** Travel minutes for one staff member between two locations. */
export type TravelFn = (staff: Staff, from: Location, to: Location) => number;

export interface HomeCareCheck {
  readonly feasible: boolean;
  readonly violations: readonly string[];
  readonly objective: ObjectiveParts;
  /** The solution's reported objective agrees with the recomputed one. */
  readonly objectiveMatches: boolean;
}

const TOL = 1e-6;

/**
 * Independent checker: recomputes feasibility and every objective part of a plan from the problem
 * alone (its own travel-time formula unless one is passed), without any solver data structure.
 */
export function checkHomeCare(problem: HomeCareProblem, sol: HomeCareSolution, travelFn?: TravelFn): HomeCareCheck {
  const travel = travelFn ?? defaultTravel(problem);
  const w = { ...DEFAULT_WEIGHTS, ...problem.weights };
  const v: string[] = [];
  const visitById = new Map(problem.visits.map((x) => [x.id, x]));
  const staffById = new Map(problem.staff.map((x) => [x.id, x]));
  const servedBy = new Map<string, { staff: string; start: number }[]>();
  const routed = new Set<string>();
  let travelTime = 0;
  let lateness = 0;
  let continuity = 0;
  for (const r of sol.routes) {
    const s = staffById.get(r.staffId);
    if (!s) {
      v.push(`route of unknown staff ${r.staffId}`);
      continue;
    }
    if (routed.has(s.id)) v.push(`staff ${s.id} has two routes`);
    routed.add(s.id);
    if (r.departure < s.shift.start - TOL) v.push(`${s.id}: departs ${r.departure} before the shift starts`);
    let at: Location = s.startLocation;
    let t = r.departure;
    let breakUsed = false;
    const br = r.break;
    if (s.break && s.break.duration > 0 && r.visits.length > 0) {
      if (!br) v.push(`${s.id}: no break`);
      else if (br.start < s.break.start - TOL || br.end > s.break.end + TOL || Math.abs(br.end - br.start - s.break.duration) > TOL) {
        v.push(`${s.id}: break ${br.start}-${br.end} outside its window or of the wrong length`);
      }
    }
    // a break taken at home before leaving
    if (br && br.start >= s.shift.start - TOL && br.end <= r.departure + TOL) breakUsed = true;
    const takeBreakIfDue = (nextArrivalLimit: number) => {
      // the break happens at the current place between the previous end and the next departure
      if (!br || breakUsed) return;
      if (br.start >= t - TOL && br.end <= nextArrivalLimit + TOL) {
        breakUsed = true;
        t = br.end;
      }
    };
    for (const pv of r.visits) {
      const visit = visitById.get(pv.visitId);
      if (!visit) {
        v.push(`${s.id}: unknown visit ${pv.visitId}`);
        continue;
      }
      const leg = travel(s, at, visit.location);
      takeBreakIfDue(pv.start - leg);
      if (t + leg > pv.start + TOL) v.push(`${s.id}: cannot reach ${visit.id} by ${pv.start} (earliest ${(t + leg).toFixed(2)})`);
      if (Math.abs(pv.end - pv.start - visit.duration) > TOL) v.push(`${s.id}: ${visit.id} has the wrong duration`);
      lateness += windowLateness(visit, pv.start, v) * w.lateness;
      if (visit.pinned?.start !== undefined && Math.abs(visit.pinned.start - pv.start) > TOL) v.push(`${visit.id}: pinned start ${visit.pinned.start} not kept`);
      checkStaffFit(visit, s, v);
      if (visit.preferredStaff?.length && !visit.preferredStaff.includes(s.id)) continuity += w.continuity;
      travelTime += leg;
      const list = servedBy.get(visit.id) ?? [];
      list.push({ staff: s.id, start: pv.start });
      servedBy.set(visit.id, list);
      t = pv.end;
      at = visit.location;
    }
    const end = s.endLocation ?? s.startLocation;
    const back = travel(s, at, end);
    takeBreakIfDue(r.arrival - back);
    if (br && !breakUsed) v.push(`${s.id}: break ${br.start}-${br.end} overlaps work or travel`);
    if (t + back > r.arrival + TOL) v.push(`${s.id}: arrival ${r.arrival} earlier than possible ${(t + back).toFixed(2)}`);
    if (r.arrival > s.shift.end + TOL) v.push(`${s.id}: returns at ${r.arrival.toFixed(2)} after the shift ends ${s.shift.end}`);
    if (s.maxWorkMinutes !== undefined && r.visits.length > 0 && r.arrival - r.departure > s.maxWorkMinutes + TOL) v.push(`${s.id}: works longer than ${s.maxWorkMinutes} min`);
    travelTime += back;
  }
  const unassigned = new Set(sol.unassigned.map((u) => u.visitId));
  let unassignedWeighted = 0;
  for (const visit of problem.visits) {
    const served = servedBy.get(visit.id) ?? [];
    const need = visit.staffCount ?? 1;
    if (unassigned.has(visit.id)) {
      if (served.length > 0) v.push(`${visit.id}: both planned and unassigned`);
      unassignedWeighted += visit.priority ?? 1;
      continue;
    }
    if (served.length !== need) v.push(`${visit.id}: served ${served.length} times, needs ${need}`);
    if (new Set(served.map((x) => x.staff)).size !== served.length) v.push(`${visit.id}: same staff twice`);
    if (served.some((x) => Math.abs(x.start - served[0]!.start) > TOL)) v.push(`${visit.id}: double-staffed starts differ`);
    if (visit.pinned && !served.every((x) => visit.pinned!.staff.includes(x.staff))) v.push(`${visit.id}: not with its pinned staff`);
  }
  const total = w.unassigned * unassignedWeighted + w.travel * travelTime + continuity + lateness;
  const objective = { unassignedWeighted, travelTime, continuityPenalty: continuity, lateness, total };
  const o = sol.objective;
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const objectiveMatches =
    close(o.unassignedWeighted, unassignedWeighted) && close(o.travelTime, travelTime) && close(o.continuityPenalty, continuity) && close(o.lateness, lateness) && close(o.total, total);
  return { feasible: v.length === 0, violations: v, objective, objectiveMatches };
}

function windowLateness(visit: Visit, start: number, v: string[]): number {
  if (visit.pinned?.start !== undefined || visit.windows.length === 0) return 0;
  if (visit.windows.some((w) => start >= w.start - TOL && start <= w.end + TOL)) return 0;
  const soft = visit.windows.filter((w) => w.soft && start > w.end);
  if (soft.length === 0) {
    v.push(`${visit.id}: starts at ${start} outside its windows`);
    return 0;
  }
  const w = soft[soft.length - 1]!;
  return (start - w.end) * (w.latenessPenalty ?? 1);
}

function checkStaffFit(visit: Visit, s: Staff, v: string[]): void {
  const missing = (visit.skills ?? []).filter((k) => !(s.skills ?? []).includes(k));
  if (missing.length && !visit.pinned) v.push(`${visit.id}: ${s.id} lacks ${missing.join(',')}`);
  if (visit.refusedStaff?.includes(s.id) && !visit.pinned) v.push(`${visit.id}: refused staff ${s.id}`);
}

function defaultTravel(problem: HomeCareProblem): TravelFn {
  const detour = problem.detourFactor ?? 1.3;
  return (s, a, b) => {
    if ('index' in a && 'index' in b) return problem.travelMatrix?.[a.index]?.[b.index] ?? NaN;
    if (!('lat' in a) || !('lat' in b)) return NaN;
    if (a.lat === b.lat && a.lon === b.lon) return 0;
    const speed = s.speedKmh ?? DEFAULT_SPEED_KMH[s.travelMode ?? 'car'];
    const r = Math.PI / 180;
    const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
    const km = 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    return ((km * detour) / speed) * 60;
  };
}
