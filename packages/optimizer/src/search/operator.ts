import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import type { Route } from './route.ts';

/** What every operator may read: the routes, where each client sits, and the one cost evaluator. */
export interface SearchState {
  readonly data: SearchData;
  readonly routes: readonly Route[];
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  ce: CostEvaluator;
}

/**
 * A move around the client at position `pu` of route `ru` and position `pv` of route `rv` (pv = 0
 * is the start depot). As in PyVRP, `evaluate` prices the move only through the shared evaluator
 * and `apply` performs it; the caller refreshes the touched routes afterwards. Routes and
 * positions are passed (not client ids) so the hot loop looks them up once per pair.
 */
export interface NodeOperator {
  readonly name: string;
  evaluate(ru: Route, pu: number, rv: Route, pv: number): number;
  apply(ru: Route, pu: number, rv: Route, pv: number): void;
}

/** Positions i..j (inclusive) of a route; empty when i > j. */
export function slice(r: Route, i: number, j: number): number[] {
  const out: number[] = [];
  for (let p = i; p <= j; p++) out.push(r.nodes[p]!);
  return out;
}

export function rewrite(state: SearchState, r: Route, clients: number[]): void {
  r.setClients(clients, state.routeOf, state.posOf);
}
