import type { HomeCareProblem, Location, Staff, Visit } from '../model/problem.ts';
import { DEFAULT_SPEED_KMH, DEFAULT_WEIGHTS } from '../model/problem.ts';
import type { TravelMatrixProvider } from '../model/travel.ts';
import { GivenMatrixProvider, HaversineProvider } from '../model/travel.ts';
import type { HcInstance } from './instance.ts';

export interface CompileOptions {
  readonly provider?: TravelMatrixProvider;
  /** Replanning: staff id each visit had in the previous plan; changing it costs `changePenalty`. */
  readonly previousStaff?: ReadonlyMap<string, readonly string[]>;
  readonly changePenalty?: number;
}

/** Turns a validated problem into the search's typed-array form, fetching travel matrices. */
export async function compileProblem(problem: HomeCareProblem, opts: CompileOptions = {}): Promise<HcInstance> {
  const weights = { ...DEFAULT_WEIGHTS, ...problem.weights };
  const points: Location[] = [];
  const keyOf = new Map<string, number>();
  const locIndex = (l: Location) => {
    const key = 'index' in l ? `i${l.index}` : `c${l.lat},${l.lon}`;
    let i = keyOf.get(key);
    if (i === undefined) {
      i = points.length;
      points.push(l);
      keyOf.set(key, i);
    }
    return i;
  };
  const staff = problem.staff;
  const nStaff = staff.length;
  const staffStart = Int32Array.from(staff, (s) => locIndex(s.startLocation));
  const staffEnd = Int32Array.from(staff, (s) => locIndex(s.endLocation ?? s.startLocation));
  const visits = problem.visits;
  const visitLoc = visits.map((v) => locIndex(v.location));
  const provider = opts.provider ?? (problem.travelMatrix ? new GivenMatrixProvider(problem.travelMatrix) : new HaversineProvider(problem.detourFactor ?? 1.3));
  const profiles = new Map<string, Promise<Float64Array>>();
  const staffMatrixP = staff.map((s) => {
    const mode = s.travelMode ?? 'car';
    const speed = s.speedKmh ?? DEFAULT_SPEED_KMH[mode];
    const key = `${mode}:${speed}`;
    if (!profiles.has(key)) profiles.set(key, provider.matrix(points, mode, speed));
    return profiles.get(key)!;
  });
  const staffMatrix = await Promise.all(staffMatrixP);

  const tasks: { visit: number; copy: number }[] = [];
  visits.forEach((v, i) => {
    for (let c = 0; c < (v.staffCount ?? 1); c++) tasks.push({ visit: i, copy: c });
  });
  const nTasks = tasks.length;
  const partner = new Int32Array(nTasks).fill(-1);
  tasks.forEach((t, i) => {
    if (t.copy === 1) {
      partner[i] = i - 1;
      partner[i - 1] = i;
    }
  });
  const staffIndex = new Map(staff.map((s, k) => [s.id, k]));
  const allowed = new Uint8Array(nTasks * nStaff);
  const assignCost = new Float64Array(nTasks * nStaff);
  const windows = tasks.map((t) => taskWindows(visits[t.visit]!, staff));
  tasks.forEach((t, i) => {
    const v = visits[t.visit]!;
    const prev = opts.previousStaff?.get(v.id);
    for (let k = 0; k < nStaff; k++) {
      allowed[i * nStaff + k] = mayServe(v, t.copy, staff[k]!, staffIndex) ? 1 : 0;
      let cost = 0;
      if (v.preferredStaff?.length && !v.preferredStaff.includes(staff[k]!.id)) cost += weights.continuity;
      if (prev && !prev.includes(staff[k]!.id)) cost += opts.changePenalty ?? 0;
      assignCost[i * nStaff + k] = cost;
    }
  });
  return {
    problem,
    weights,
    nLoc: points.length,
    nStaff,
    staffIds: staff.map((s) => s.id),
    staffMatrix,
    staffStart,
    staffEnd,
    shiftStart: Float64Array.from(staff, (s) => s.shift.start),
    shiftEnd: Float64Array.from(staff, (s) => s.shift.end),
    breakStart: Float64Array.from(staff, (s) => s.break?.start ?? 0),
    breakEnd: Float64Array.from(staff, (s) => s.break?.end ?? 0),
    breakDur: Float64Array.from(staff, (s) => s.break?.duration ?? 0),
    maxWork: Float64Array.from(staff, (s) => s.maxWorkMinutes ?? Infinity),
    nTasks,
    nVisits: visits.length,
    taskVisit: Int32Array.from(tasks, (t) => t.visit),
    taskLoc: Int32Array.from(tasks, (t) => visitLoc[t.visit]!),
    taskDur: Float64Array.from(tasks, (t) => visits[t.visit]!.duration),
    partner,
    winStart: windows.map((w) => Float64Array.from(w, (x) => x.start)),
    winEnd: windows.map((w) => Float64Array.from(w, (x) => x.end)),
    winSoft: windows.map((w) => Uint8Array.from(w, (x) => (x.soft ? 1 : 0))),
    winPenalty: windows.map((w) => Float64Array.from(w, (x) => (x.soft ? (x.latenessPenalty ?? 1) * weights.lateness : 0))),
    priority: Float64Array.from(tasks, (t) => visits[t.visit]!.priority ?? 1),
    allowed,
    assignCost,
  };
}

function taskWindows(v: Visit, staff: readonly Staff[]) {
  if (v.pinned?.start !== undefined) return [{ start: v.pinned.start, end: v.pinned.start, soft: false }];
  if (v.windows.length === 0) {
    const lo = Math.min(...staff.map((s) => s.shift.start));
    const hi = Math.max(...staff.map((s) => s.shift.end));
    return [{ start: lo, end: hi, soft: false }];
  }
  return [...v.windows].sort((a, b) => a.start - b.start || a.end - b.end);
}

function mayServe(v: Visit, copy: number, s: Staff, staffIndex: Map<string, number>): boolean {
  if (v.pinned) return v.pinned.staff[copy] === s.id && staffIndex.has(s.id);
  if (v.refusedStaff?.includes(s.id)) return false;
  const skills = s.skills ?? [];
  return (v.skills ?? []).every((sk) => skills.includes(sk));
}
