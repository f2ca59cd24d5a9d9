import type { HcInstance } from './instance.ts';

/** Result of walking one staff member's day: feasibility, cost parts and the timetable. */
export interface RouteSchedule {
  feasible: boolean;
  /** Why not feasible (for diagnostics and tests). */
  reason: string;
  travel: number;
  lateness: number;
  assign: number;
  /** Weighted cost of this route (travel, lateness, continuity/change). */
  cost: number;
  starts: number[];
  /** Time the leg towards position i+1 (or the end location) begins, after any break. */
  depart: number[];
  /** Latest start of position i that keeps the rest of the day feasible (break ignored). */
  latest: number[];
  breakStart: number;
  departure: number;
  arrival: number;
}

export function emptySchedule(): RouteSchedule {
  return { feasible: true, reason: '', travel: 0, lateness: 0, assign: 0, cost: 0, starts: [], depart: [], latest: [], breakStart: NaN, departure: 0, arrival: 0 };
}

const EPS = 1e-9;

/**
 * Earliest start of task t when arriving at `arr`: the first window still open, else the last soft
 * window with lateness. Returns NaN when every window is hard and closed. Writes lateness cost to
 * `late[0]`.
 */
export function earliestStart(inst: HcInstance, t: number, arr: number, late: Float64Array): number {
  const ws = inst.winStart[t]!;
  const we = inst.winEnd[t]!;
  late[0] = 0;
  for (let w = 0; w < ws.length; w++) if (arr <= we[w]! + EPS) return Math.max(arr, ws[w]!);
  for (let w = ws.length - 1; w >= 0; w--) {
    if (inst.winSoft[t]![w]) {
      late[0] = (arr - we[w]!) * inst.winPenalty[t]![w]!;
      return arr;
    }
  }
  return NaN;
}

/** Latest start allowed by the windows of t alone (Infinity when the last window is soft). */
export function hardLatest(inst: HcInstance, t: number): number {
  const we = inst.winEnd[t]!;
  const last = we.length - 1;
  return inst.winSoft[t]![last] ? Infinity : we[last]!;
}

const lateBuf = new Float64Array(1);

function fail(out: RouteSchedule, why: string): RouteSchedule {
  out.feasible = false;
  out.reason = why;
  out.cost = Infinity;
  return out;
}

/**
 * Simulates staff k serving `tasks` in order. A synchronised task (sync[t] not NaN) must be reached
 * by its sync time and starts exactly then. The break is taken at the current place as soon as it
 * fits into waiting time, or at the last moment it still can be; a day whose break cannot fit is
 * infeasible. Everything else (windows, shift end, maximum working time) is checked exactly.
 */
export function simulate(inst: HcInstance, k: number, tasks: readonly number[], sync: Float64Array, out: RouteSchedule): RouteSchedule {
  const M = inst.staffMatrix[k]!;
  const n = inst.nLoc;
  const bDur = inst.breakDur[k]!;
  const bStart = inst.breakStart[k]!;
  const bEnd = inst.breakEnd[k]!;
  const len = tasks.length;
  out.feasible = true;
  out.reason = '';
  out.travel = 0;
  out.lateness = 0;
  out.assign = 0;
  out.breakStart = NaN;
  out.starts.length = len;
  out.depart.length = len;
  out.latest.length = len;
  let loc = inst.staffStart[k]!;
  let t = inst.shiftStart[k]!;
  let breakDone = bDur <= 0 || len === 0;
  out.departure = t;
  for (let i = 0; i < len; i++) {
    const task = tasks[i]!;
    const tt = M[loc * n + inst.taskLoc[task]!]!;
    if (!breakDone) {
      let st = earliestStart(inst, task, t + tt, lateBuf);
      if (!Number.isNaN(sync[task]!)) st = Math.max(st, sync[task]!);
      const bs = Math.max(t, bStart);
      if (bs + bDur > bEnd + EPS) return fail(out, 'break cannot be placed');
      const fitsInWait = !Number.isNaN(st) && bs + bDur + tt <= st + EPS;
      const lastChance = Number.isNaN(st) || Math.max(st + inst.taskDur[task]!, bStart) + bDur > bEnd + EPS;
      if (fitsInWait || lastChance) {
        out.breakStart = bs;
        t = bs + bDur;
        breakDone = true;
      }
    }
    if (i === 0) out.departure = t;
    if (i > 0) out.depart[i - 1] = t;
    const arr = t + tt;
    let st = earliestStart(inst, task, arr, lateBuf);
    if (Number.isNaN(st)) return fail(out, `task ${task}: every window closed`);
    const s = sync[task]!;
    if (!Number.isNaN(s)) {
      if (st > s + EPS) return fail(out, `task ${task}: reaches its synchronised start too late`);
      st = s;
      // both copies share windows, so a valid sync time is a valid start; guard anyway
      if (earliestStart(inst, task, s, lateBuf) !== s) return fail(out, `task ${task}: synchronised start outside its windows`);
    }
    if (i === 0) out.departure = Math.max(out.departure, st - tt);
    out.lateness += lateBuf[0]!;
    out.travel += tt;
    out.starts[i] = st;
    out.assign += inst.assignCost[task * inst.nStaff + k]!;
    t = st + inst.taskDur[task]!;
    loc = inst.taskLoc[task]!;
  }
  if (!breakDone) {
    const bs = Math.max(t, bStart);
    if (bs + bDur > bEnd + EPS) return fail(out, 'break cannot be placed');
    out.breakStart = bs;
    t = bs + bDur;
  }
  if (len > 0) out.depart[len - 1] = t;
  const back = M[loc * n + inst.staffEnd[k]!]!;
  out.travel += back;
  out.arrival = t + back;
  if (out.arrival > inst.shiftEnd[k]! + EPS) return fail(out, 'shift ends before the day is done');
  if (len > 0 && out.arrival - out.departure > inst.maxWork[k]! + EPS) return fail(out, 'maximum working time exceeded');
  // latest starts, backwards
  let latestNext = Math.min(inst.shiftEnd[k]!, out.departure + inst.maxWork[k]!);
  let nextLoc = inst.staffEnd[k]!;
  for (let i = len - 1; i >= 0; i--) {
    const task = tasks[i]!;
    const l = inst.taskLoc[task]!;
    let lt = Math.min(hardLatest(inst, task), latestNext - M[l * n + nextLoc]! - inst.taskDur[task]!);
    if (!Number.isNaN(sync[task]!)) lt = Math.min(lt, sync[task]!);
    out.latest[i] = lt;
    latestNext = lt;
    nextLoc = l;
  }
  out.cost = inst.weights.travel * out.travel + out.lateness + out.assign;
  return out;
}
