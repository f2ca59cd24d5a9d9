import { Segment } from '../eval/segment.ts';
import type { NodeOperator, SearchState } from './operator.ts';
import { rewrite, slice } from './operator.ts';
import type { Route } from './route.ts';

/**
 * Exchange(N, M): moves the N clients starting at u to after position pv (M = 0: relocate family),
 * or swaps them with the M clients starting at pv (swap family). Covers relocate, 2-relocate,
 * swap, 2-1 and 2-2 swaps inside and between routes, as PyVRP's Exchange<N, M>.
 */
export class Exchange implements NodeOperator {
  readonly name: string;
  private readonly a: Segment;
  private readonly b: Segment;
  private readonly dist: Float64Array;
  private readonly n: number;

  constructor(
    private readonly state: SearchState,
    private readonly N: number,
    private readonly M: number,
  ) {
    this.name = `exchange${N}${M}`;
    this.dist = state.data.dist;
    this.n = state.data.n;
    this.a = new Segment(state.data);
    this.b = new Segment(state.data);
  }

  evaluate(ru: Route, pu: number, rv: Route, pv: number): number {
    const { state, N, M, a, b } = this;
    const ce = state.ce;
    if (pu + N - 1 > ru.size) return Infinity;
    if (M > 0 && (pv < 1 || pv + M - 1 > rv.size)) return Infinity;
    if (this.distanceBound(ru, pu, rv, pv) >= 0) return Infinity;
    if (ru !== rv) {
      if (M === 0) {
        a.setPrefix(ru, pu - 1).appendSuffix(ru, pu + N);
        b.setPrefix(rv, pv).appendRange(ru, pu, pu + N - 1).appendSuffix(rv, pv + 1);
        return a.cost(ce, ru.size > N) + b.cost(ce, true) - ru.cost - rv.cost;
      }
      a.setPrefix(ru, pu - 1).appendRange(rv, pv, pv + M - 1).appendSuffix(ru, pu + N);
      b.setPrefix(rv, pv - 1).appendRange(ru, pu, pu + N - 1).appendSuffix(rv, pv + M);
      return a.cost(ce, true) + b.cost(ce, true) - ru.cost - rv.cost;
    }
    if (M === 0) {
      if (pv >= pu - 1 && pv <= pu + N - 1) return Infinity;
      if (pv < pu) a.setPrefix(ru, pv).appendRange(ru, pu, pu + N - 1).appendRange(ru, pv + 1, pu - 1);
      else a.setPrefix(ru, pu - 1).appendRange(ru, pu + N, pv).appendRange(ru, pu, pu + N - 1);
      a.appendSuffix(ru, pv < pu ? pu + N : pv + 1);
      return a.cost(ce, true) - ru.cost;
    }
    if (pu + N - 1 < pv) {
      a.setPrefix(ru, pu - 1).appendRange(ru, pv, pv + M - 1).appendRange(ru, pu + N, pv - 1);
      a.appendRange(ru, pu, pu + N - 1).appendSuffix(ru, pv + M);
    } else if (pv + M - 1 < pu) {
      a.setPrefix(ru, pv - 1).appendRange(ru, pu, pu + N - 1).appendRange(ru, pv + M, pu - 1);
      a.appendRange(ru, pv, pv + M - 1).appendSuffix(ru, pu + N);
    } else return Infinity;
    return a.cost(ce, true) - ru.cost;
  }

  /**
   * Lower bound on the delta from distances alone: penalties are never negative, so if the new
   * routes' distance (plus fixed costs) already exceeds the old penalised cost, the move cannot
   * improve and the O(1)-but-heavier time-warp concatenation is skipped. Returns -1 (no bound)
   * for adjacent same-route swaps whose edge bookkeeping differs.
   */
  private distanceBound(ru: Route, pu: number, rv: Route, pv: number): number {
    const N = this.N;
    const M = this.M;
    const dist = this.dist;
    const n = this.n;
    const nodesU = ru.nodes;
    const u = nodesU[pu]!;
    const lastA = nodesU[pu + N - 1]!;
    const pU = nodesU[pu - 1]!;
    const nU = nodesU[pu + N]!;
    const fixed = this.state.ce.fixedVehicleCost;
    if (M === 0) {
      const v = rv.nodes[pv]!;
      const nV = rv.nodes[pv + 1]!;
      const delta = dist[pU * n + nU]! - dist[pU * n + u]! - dist[lastA * n + nU]! + dist[v * n + u]! + dist[lastA * n + nV]! - dist[v * n + nV]!;
      if (ru !== rv) return delta + (ru.size > N ? fixed : 0) + fixed - ru.excess - rv.excess;
      return delta + fixed - ru.excess;
    }
    if (ru === rv && (pu + N === pv || pv + M === pu)) return -1;
    const nodesV = rv.nodes;
    const v = nodesV[pv]!;
    const lastB = nodesV[pv + M - 1]!;
    const pV = nodesV[pv - 1]!;
    const nV = nodesV[pv + M]!;
    // the exchanged segments' inner distances cancel out in the sum of both routes
    const delta =
      dist[pU * n + v]! + dist[lastB * n + nU]! - dist[pU * n + u]! - dist[lastA * n + nU]! +
      dist[pV * n + u]! + dist[lastA * n + nV]! - dist[pV * n + v]! - dist[lastB * n + nV]!;
    if (ru !== rv) return delta + 2 * fixed - ru.excess - rv.excess;
    return delta + fixed - ru.excess;
  }

  apply(ru: Route, pu: number, rv: Route, pv: number): void {
    const { state, N, M } = this;
    const segA = slice(ru, pu, pu + N - 1);
    if (ru !== rv) {
      const segB = M > 0 ? slice(rv, pv, pv + M - 1) : [];
      const newU = [...slice(ru, 1, pu - 1), ...segB, ...slice(ru, pu + N, ru.size)];
      const newV =
        M > 0
          ? [...slice(rv, 1, pv - 1), ...segA, ...slice(rv, pv + M, rv.size)]
          : [...slice(rv, 1, pv), ...segA, ...slice(rv, pv + 1, rv.size)];
      rewrite(state, ru, newU);
      rewrite(state, rv, newV);
      return;
    }
    let out: number[];
    if (M === 0) {
      out =
        pv < pu
          ? [...slice(ru, 1, pv), ...segA, ...slice(ru, pv + 1, pu - 1), ...slice(ru, pu + N, ru.size)]
          : [...slice(ru, 1, pu - 1), ...slice(ru, pu + N, pv), ...segA, ...slice(ru, pv + 1, ru.size)];
    } else if (pu < pv) {
      out = [
        ...slice(ru, 1, pu - 1),
        ...slice(ru, pv, pv + M - 1),
        ...slice(ru, pu + N, pv - 1),
        ...segA,
        ...slice(ru, pv + M, ru.size),
      ];
    } else {
      out = [
        ...slice(ru, 1, pv - 1),
        ...segA,
        ...slice(ru, pv + M, pu - 1),
        ...slice(ru, pv, pv + M - 1),
        ...slice(ru, pu + N, ru.size),
      ];
    }
    rewrite(state, ru, out);
  }
}
