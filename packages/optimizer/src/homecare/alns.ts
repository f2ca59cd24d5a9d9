import { performance } from 'node:perf_hooks';
import { Rng } from '../solver/rng.ts';
import type { Progress } from '../solver/hgs.ts';
import { DESTROYS } from './destroy.ts';
import type { HcInstance } from './instance.ts';
import { Inserter } from './insertion.ts';
import { HcState } from './state.ts';

export interface AlnsOptions {
  readonly timeLimitMs: number;
  readonly seed: number;
  readonly maxIterations?: number;
  readonly onProgress?: (p: Progress) => void;
  readonly progressEveryMs?: number;
  /** Plan to start from (replanning); tasks it leaves out are inserted first. */
  readonly initial?: HcState;
}

export interface AlnsResult {
  readonly best: HcState;
  readonly iterations: number;
  readonly elapsedMs: number;
  /** (elapsed ms, best cost) each time the best improved, for quality-over-time reports. */
  readonly trace: readonly [number, number][];
}

/**
 * Adaptive large neighbourhood search for the rich home-care model: ruin (random, related, string,
 * worst) and greedy recreate with noise, accepted by simulated annealing on the total objective.
 * Operators are picked by adaptive weights (Ropke & Pisinger). Deterministic for a seed up to where
 * the time limit cuts the run.
 */
export function solveAlns(inst: HcInstance, opts: AlnsOptions): AlnsResult {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  const rng = new Rng(opts.seed);
  const rand = () => rng.next();
  const inserter = new Inserter(inst);
  let cur = opts.initial ? opts.initial.clone() : new HcState(inst);
  recreate(cur, inserter, unassignedTasks(cur), 'difficulty', 0, rng, rand);
  let curCost = cur.cost();
  let best = cur.clone();
  let bestCost = curCost;
  const trace: [number, number][] = [[elapsed(), bestCost]];
  const weights = DESTROYS.map(() => 1);
  const scores = DESTROYS.map(() => 0);
  const uses = DESTROYS.map(() => 0);
  const maxIter = opts.maxIterations ?? Infinity;
  const assignedCount = () => inst.nTasks - cur.routeOf.filter((k) => k < 0).length;
  const t0 = Math.max(1, 0.002 * cur.routeCost());
  let iter = 0;
  let lastReport = -Infinity;
  const report = (force: boolean) => {
    const t = elapsed();
    if (!opts.onProgress || (!force && t - lastReport < (opts.progressEveryMs ?? 200))) return;
    lastReport = t;
    opts.onProgress({ elapsedMs: t, timeLimitMs: opts.timeLimitMs, iteration: iter, bestCost, bestRoutes: best.routes.filter((r) => r.length > 0).length });
  };
  while (iter < maxIter && elapsed() < opts.timeLimitMs) {
    iter++;
    const frac = Math.min(1, elapsed() / opts.timeLimitMs);
    const temperature = t0 * Math.pow(0.01, frac);
    const op = pickWeighted(weights, rng);
    const cand = cur.clone();
    const touched = new Set<number>();
    const q = Math.max(2, Math.min(40, Math.round(assignedCount() * (0.02 + 0.1 * rng.next()))));
    const removed = DESTROYS[op]!(cand, q, rng, touched);
    for (const k of touched) cand.refresh(k);
    dropInfeasible(cand);
    const order = (['random', 'difficulty', 'far'] as const)[rng.int(3)]!;
    // earlier unassigned tasks get a try now and then; retrying all of them every time is costly
    const removedSet = new Set(removed);
    const retry = unassignedTasks(cand).filter((t) => !removedSet.has(t) && rng.next() < 0.25);
    recreate(cand, inserter, [...removed, ...retry], order, 0.1, rng, rand);
    const candCost = cand.cost();
    uses[op]!++;
    let score = 0;
    if (candCost < bestCost - 1e-9) {
      best = cand.clone();
      bestCost = candCost;
      trace.push([elapsed(), bestCost]);
      score = 5;
    }
    if (candCost < curCost - 1e-9 || rng.next() < Math.exp(-(candCost - curCost) / temperature)) {
      if (candCost < curCost - 1e-9) score = Math.max(score, 2);
      else score = Math.max(score, 1);
      cur = cand;
      curCost = candCost;
    }
    scores[op]! += score;
    if (iter % 100 === 0) {
      for (let i = 0; i < weights.length; i++) {
        if (uses[i]! > 0) weights[i] = 0.8 * weights[i]! + (0.2 * scores[i]!) / uses[i]!;
        weights[i] = Math.max(weights[i]!, 0.05);
        scores[i] = 0;
        uses[i] = 0;
      }
    }
    report(false);
  }
  report(true);
  return { best, iterations: iter, elapsedMs: elapsed(), trace };
}

function unassignedTasks(s: HcState): number[] {
  const out: number[] = [];
  for (let t = 0; t < s.inst.nTasks; t++) if (s.routeOf[t]! < 0 && (s.inst.partner[t]! < 0 || s.inst.partner[t]! > t)) out.push(t);
  return out;
}

/** Routes broken by a removal (a break now placed differently, say) give back their double tasks. */
function dropInfeasible(s: HcState): void {
  for (let guard = 0; guard < s.inst.nStaff; guard++) {
    const bad = s.sched.findIndex((x) => !x.feasible);
    if (bad < 0) return;
    const touched = new Set<number>();
    const victim = s.routes[bad]!.find((t) => s.inst.partner[t]! >= 0) ?? s.routes[bad]![s.routes[bad]!.length - 1];
    if (victim === undefined) return;
    s.remove(victim, touched);
    for (const k of touched) s.refresh(k);
  }
}

function recreate(
  s: HcState,
  inserter: Inserter,
  tasks: number[],
  order: 'random' | 'difficulty' | 'far',
  noise: number,
  rng: Rng,
  rand: () => number,
): void {
  const inst = s.inst;
  const seen = new Set<number>();
  const list = tasks.filter((t) => {
    const key = inst.partner[t]! >= 0 ? Math.min(t, inst.partner[t]!) : t;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (order === 'random') rng.shuffle(list);
  else if (order === 'difficulty') list.sort((a, b) => difficulty(s, b) - difficulty(s, a) || a - b);
  else {
    const M = inst.staffMatrix[0]!;
    const home = inst.staffStart[0]!;
    list.sort((a, b) => M[home * inst.nLoc + inst.taskLoc[b]!]! - M[home * inst.nLoc + inst.taskLoc[a]!]! || a - b);
  }
  for (const t of list) {
    if (s.routeOf[t]! >= 0) continue;
    inserter.insert(s, t, noise, rand);
  }
}

/** Harder tasks first: pinned, double-staffed, few allowed staff, narrow windows, high priority. */
function difficulty(s: HcState, t: number): number {
  const inst = s.inst;
  let allowed = 0;
  for (let k = 0; k < inst.nStaff; k++) allowed += inst.allowed[t * inst.nStaff + k]!;
  const ws = inst.winStart[t]!;
  const we = inst.winEnd[t]!;
  let width = 0;
  for (let w = 0; w < ws.length; w++) width += we[w]! - ws[w]!;
  return (inst.partner[t]! >= 0 ? 1000 : 0) + 500 / Math.max(allowed, 1) + 100 / (1 + width / 30) + inst.priority[t]!;
}

function pickWeighted(w: readonly number[], rng: Rng): number {
  const total = w.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < w.length; i++) {
    r -= w[i]!;
    if (r <= 0) return i;
  }
  return w.length - 1;
}
