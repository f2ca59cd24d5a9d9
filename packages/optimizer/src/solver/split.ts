import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import { Segment } from '../eval/segment.ts';

/**
 * Prins' Split: optimal cut of a giant tour into routes (shortest path on the auxiliary DAG),
 * priced with the penalised evaluator so time-warp and load excess are traded off like in search.
 * Falls back to a fleet-limited DP when the unlimited split uses too many vehicles.
 */
export function split(data: SearchData, tour: readonly number[], ce: CostEvaluator): number[][] {
  const n = tour.length;
  const maxLoad = 1.5 * data.capacity;
  const edges = routeCosts(data, tour, ce, maxLoad);
  const pot = new Float64Array(n + 1).fill(Infinity);
  const prev = new Int32Array(n + 1).fill(-1);
  pot[0] = 0;
  for (let i = 0; i < n; i++) {
    const row = edges[i]!;
    for (let k = 0; k < row.length; k++) {
      const j = i + k + 1;
      const c = pot[i]! + row[k]!;
      if (c < pot[j]!) {
        pot[j] = c;
        prev[j] = i;
      }
    }
  }
  let routes = backtrack(tour, prev);
  if (routes.length > data.maxVehicles) routes = limitedSplit(data, tour, edges) ?? routes;
  return routes;
}

/** edges[i][k] = cost of one route serving tour[i..i+k]. */
function routeCosts(data: SearchData, tour: readonly number[], ce: CostEvaluator, maxLoad: number): Float64Array[] {
  const seg = new Segment(data);
  const end = new Segment(data);
  const out: Float64Array[] = [];
  for (let i = 0; i < tour.length; i++) {
    const costs: number[] = [];
    seg.setNode(0);
    for (let j = i; j < tour.length; j++) {
      seg.appendNode(tour[j]!);
      if (seg.load > maxLoad && j > i) break;
      end.copyFrom(seg).appendNode(0);
      costs.push(end.cost(ce, true));
    }
    out.push(Float64Array.from(costs));
  }
  return out;
}

function backtrack(tour: readonly number[], prev: Int32Array): number[][] {
  const routes: number[][] = [];
  let j = tour.length;
  while (j > 0) {
    const i = prev[j]!;
    routes.push(tour.slice(i, j));
    j = i;
  }
  return routes.reverse();
}

function limitedSplit(data: SearchData, tour: readonly number[], edges: Float64Array[]): number[][] | undefined {
  const n = tour.length;
  let pot = new Float64Array(n + 1).fill(Infinity);
  pot[0] = 0;
  const prevs: Int32Array[] = [];
  let bestCost = Infinity;
  let bestK = -1;
  for (let k = 0; k < data.maxVehicles; k++) {
    const next = new Float64Array(n + 1).fill(Infinity);
    const prev = new Int32Array(n + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      if (pot[i] === Infinity) continue;
      const row = edges[i]!;
      for (let m = 0; m < row.length; m++) {
        const j = i + m + 1;
        const c = pot[i]! + row[m]!;
        if (c < next[j]!) {
          next[j] = c;
          prev[j] = i;
        }
      }
    }
    prevs.push(prev);
    pot = next;
    if (pot[n]! < bestCost) {
      bestCost = pot[n]!;
      bestK = k;
    }
  }
  if (bestK < 0) return undefined;
  const routes: number[][] = [];
  let j = n;
  for (let k = bestK; k >= 0; k--) {
    const i = prevs[k]![j]!;
    routes.push(tour.slice(i, j));
    j = i;
  }
  return routes.reverse();
}
