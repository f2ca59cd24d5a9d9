import type { Rng } from '../solver/rng.ts';
import type { HcState } from './state.ts';

/**
 * Ruin operators of the ALNS. Each picks tasks to take out of the plan (pinned tasks included:
 * they can only return to their pinned staff anyway) and returns them; partners of double-staffed
 * visits leave together.
 */
export type Destroy = (s: HcState, q: number, rng: Rng, touched: Set<number>) => number[];

function assigned(s: HcState): number[] {
  const out: number[] = [];
  for (let t = 0; t < s.inst.nTasks; t++) if (s.routeOf[t]! >= 0) out.push(t);
  return out;
}

export const randomRemoval: Destroy = (s, q, rng, touched) => {
  const pool = assigned(s);
  const out: number[] = [];
  while (out.length < q && pool.length > 0) {
    const i = rng.int(pool.length);
    const t = pool[i]!;
    pool[i] = pool[pool.length - 1]!;
    pool.pop();
    if (s.routeOf[t]! >= 0) out.push(...s.remove(t, touched));
  }
  return out;
};

/** Shaw removal: tasks close to a random seed in travel time and in planned start time. */
export const relatedRemoval: Destroy = (s, q, rng, touched) => {
  const pool = assigned(s);
  if (pool.length === 0) return [];
  const inst = s.inst;
  const seed = pool[rng.int(pool.length)]!;
  const M = inst.staffMatrix[0]!;
  const n = inst.nLoc;
  const startOf = (t: number) => {
    const k = s.routeOf[t]!;
    return s.sched[k]!.starts[s.routes[k]!.indexOf(t)] ?? 0;
  };
  const seedStart = startOf(seed);
  const scored = pool.map((t) => ({ t, r: M[inst.taskLoc[seed]! * n + inst.taskLoc[t]!]! + 0.5 * Math.abs(startOf(t) - seedStart) }));
  scored.sort((a, b) => a.r - b.r || a.t - b.t);
  const out: number[] = [];
  for (const { t } of scored) {
    if (out.length >= q) break;
    if (s.routeOf[t]! >= 0) out.push(...s.remove(t, touched));
  }
  return out;
};

/** String removal (SISR-like): consecutive tasks from the routes serving the seed's neighbours. */
export const stringRemoval: Destroy = (s, q, rng, touched) => {
  const pool = assigned(s);
  if (pool.length === 0) return [];
  const inst = s.inst;
  const M = inst.staffMatrix[0]!;
  const n = inst.nLoc;
  const seed = pool[rng.int(pool.length)]!;
  const near = pool
    .map((t) => ({ t, d: M[inst.taskLoc[seed]! * n + inst.taskLoc[t]!]! }))
    .sort((a, b) => a.d - b.d || a.t - b.t);
  const out: number[] = [];
  const doneRoutes = new Set<number>();
  for (const { t } of near) {
    if (out.length >= q) break;
    const k = s.routeOf[t]!;
    if (k < 0 || doneRoutes.has(k)) continue;
    doneRoutes.add(k);
    const route = s.routes[k]!;
    const len = Math.min(route.length, 1 + rng.int(Math.max(1, Math.min(8, q - out.length))));
    const at = route.indexOf(t);
    const from = Math.max(0, Math.min(at - rng.int(len), route.length - len));
    for (const x of route.slice(from, from + len)) if (s.routeOf[x]! >= 0) out.push(...s.remove(x, touched));
  }
  return out;
};

/** Removes the tasks whose detour (travel saved by taking them out) is largest, with noise. */
export const worstRemoval: Destroy = (s, q, rng, touched) => {
  const inst = s.inst;
  const n = inst.nLoc;
  const scored: { t: number; g: number }[] = [];
  for (let k = 0; k < inst.nStaff; k++) {
    const route = s.routes[k]!;
    const M = inst.staffMatrix[k]!;
    for (let i = 0; i < route.length; i++) {
      const prev = i === 0 ? inst.staffStart[k]! : inst.taskLoc[route[i - 1]!]!;
      const next = i === route.length - 1 ? inst.staffEnd[k]! : inst.taskLoc[route[i + 1]!]!;
      const x = inst.taskLoc[route[i]!]!;
      const gain = M[prev * n + x]! + M[x * n + next]! - M[prev * n + next]! + inst.assignCost[route[i]! * inst.nStaff + k]!;
      scored.push({ t: route[i]!, g: gain * (0.7 + 0.6 * rng.next()) });
    }
  }
  scored.sort((a, b) => b.g - a.g || a.t - b.t);
  const out: number[] = [];
  for (const { t } of scored) {
    if (out.length >= q) break;
    if (s.routeOf[t]! >= 0) out.push(...s.remove(t, touched));
  }
  return out;
};

export const DESTROYS: readonly Destroy[] = [randomRemoval, relatedRemoval, stringRemoval, worstRemoval];
