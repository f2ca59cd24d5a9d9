import { Segment } from '../eval/segment.ts';
import type { NodeOperator, SearchState } from './operator.ts';
import { rewrite, slice } from './operator.ts';
import type { Route } from './route.ts';

/**
 * 2-opt* between routes (exchange the tails after u and after pv) and, inside one route, 2-opt
 * (reverse the clients between u and pv). Both are priced through segment concatenation.
 */
export class SwapTails implements NodeOperator {
  readonly name = 'swap-tails';
  private readonly a: Segment;
  private readonly b: Segment;

  constructor(private readonly state: SearchState) {
    this.a = new Segment(state.data);
    this.b = new Segment(state.data);
  }

  evaluate(ru: Route, pu: number, rv: Route, pv: number): number {
    const { state, a, b } = this;
    const ce = state.ce;
    if (ru === rv) {
      if (pv <= pu + 1) return Infinity;
      a.setPrefix(ru, pu).appendReversed(ru, pu + 1, pv).appendSuffix(ru, pv + 1);
      return a.cost(ce, true) - ru.cost;
    }
    if (pu === ru.size && pv === rv.size) return Infinity;
    const { dist, n } = state.data;
    const sizeU0 = pu + rv.size - pv;
    const sizeV0 = pv + ru.size - pu;
    const fixed = ce.fixedVehicleCost;
    const boundU = ru.pDist[pu]! + dist[ru.nodes[pu]! * n + rv.nodes[pv + 1]!]! + rv.sDist[pv + 1]! + (sizeU0 > 0 ? fixed : 0);
    const boundV = rv.pDist[pv]! + dist[rv.nodes[pv]! * n + ru.nodes[pu + 1]!]! + ru.sDist[pu + 1]! + (sizeV0 > 0 ? fixed : 0);
    // penalties are never negative: distance alone already rules the move out
    if (boundU + boundV >= ru.cost + rv.cost) return Infinity;
    a.setPrefix(ru, pu).appendSuffix(rv, pv + 1);
    b.setPrefix(rv, pv).appendSuffix(ru, pu + 1);
    return a.cost(ce, sizeU0 > 0) + b.cost(ce, sizeV0 > 0) - ru.cost - rv.cost;
  }

  apply(ru: Route, pu: number, rv: Route, pv: number): void {
    const { state } = this;
    if (ru === rv) {
      rewrite(state, ru, [...slice(ru, 1, pu), ...slice(ru, pu + 1, pv).reverse(), ...slice(ru, pv + 1, ru.size)]);
      return;
    }
    const newU = [...slice(ru, 1, pu), ...slice(rv, pv + 1, rv.size)];
    const newV = [...slice(rv, 1, pv), ...slice(ru, pu + 1, ru.size)];
    rewrite(state, ru, newU);
    rewrite(state, rv, newV);
  }
}
