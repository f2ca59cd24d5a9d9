import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import { Segment } from '../eval/segment.ts';

/** A complete solution in the population: routes plus their statistics and neighbour structure. */
export interface Individual {
  readonly routes: readonly (readonly number[])[];
  readonly distance: number;
  readonly excessLoad: number;
  readonly timeWarp: number;
  readonly nRoutes: number;
  readonly feasible: boolean;
  /** Successor / predecessor of each client (0 = depot), for the broken-pairs distance. */
  readonly succ: Int32Array;
  readonly pred: Int32Array;
}

export function makeIndividual(data: SearchData, routes: readonly (readonly number[])[]): Individual {
  const seg = new Segment(data);
  const succ = new Int32Array(data.n);
  const pred = new Int32Array(data.n);
  let distance = 0;
  let excessLoad = 0;
  let timeWarp = 0;
  const kept = routes.filter((r) => r.length > 0);
  for (const r of kept) {
    seg.setNode(0);
    for (let i = 0; i < r.length; i++) {
      const c = r[i]!;
      seg.appendNode(c);
      pred[c] = i === 0 ? 0 : r[i - 1]!;
      succ[c] = i === r.length - 1 ? 0 : r[i + 1]!;
    }
    seg.appendNode(0);
    distance += seg.dist;
    excessLoad += Math.max(0, seg.load - data.capacity);
    timeWarp += seg.tw;
  }
  const feasible = excessLoad < 1e-9 && timeWarp < 1e-9 && kept.length <= data.maxVehicles;
  return { routes: kept, distance, excessLoad, timeWarp, nRoutes: kept.length, feasible, succ, pred };
}

export function penalisedCost(ind: Individual, ce: CostEvaluator): number {
  return (
    ind.distance +
    ce.loadPenalty * ind.excessLoad +
    ce.twPenalty * ind.timeWarp +
    ce.fixedVehicleCost * ind.nRoutes
  );
}

/** Broken-pairs distance in [0, 1]: share of clients whose neighbours differ between a and b. */
export function brokenPairs(a: Individual, b: Individual): number {
  const n = a.succ.length;
  let diff = 0;
  for (let j = 1; j < n; j++) {
    if (a.succ[j] !== b.succ[j] && a.succ[j] !== b.pred[j]) diff++;
    if (a.pred[j] === 0 && b.pred[j] !== 0 && b.succ[j] !== 0) diff++;
  }
  return diff / (n - 1);
}
