import { describe, expect, it } from 'vitest';
import { CostEvaluator } from '../src/eval/cost-evaluator.ts';
import { searchDataFromVrptw } from '../src/eval/data.ts';
import { Exchange } from '../src/search/exchange.ts';
import type { NodeOperator, SearchState } from '../src/search/operator.ts';
import { Route } from '../src/search/route.ts';
import { SwapStar } from '../src/search/swap-star.ts';
import { SwapTails } from '../src/search/swap-tails.ts';
import { Rng } from '../src/solver/rng.ts';
import { checkVrptw } from '../src/check/vrptw-check.ts';
import { randomInstance } from './helpers.ts';

/**
 * Every operator's evaluated delta must equal the cost difference recomputed from scratch after
 * applying the move: distance from the independent checker, load excess and time warp by simulation.
 */
const inst = randomInstance(30, 7);
const data = searchDataFromVrptw(inst);

function timeWarp(route: readonly number[]): number {
  // time warp as defined by Vidal: arriving late is allowed but the lateness is "warped back"
  let t = inst.ready[0]!;
  let at = 0;
  let warp = 0;
  const leg = (a: number, b: number) => Math.hypot(inst.x[a]! - inst.x[b]!, inst.y[a]! - inst.y[b]!);
  for (const c of [...route, 0]) {
    t = Math.max(t + leg(at, c), inst.ready[c]!);
    if (t > inst.due[c]!) {
      warp += t - inst.due[c]!;
      t = inst.due[c]!;
    }
    t += c === 0 ? 0 : inst.service[c]!;
    at = c;
  }
  return warp;
}

function fullCost(routes: number[][], ce: CostEvaluator): number {
  const distance = checkVrptw({ ...inst, maxVehicles: 1000 }, routes).distance;
  let pen = 0;
  for (const r of routes) {
    const load = r.reduce((a, c) => a + inst.demand[c]!, 0);
    pen += ce.loadPenalty * Math.max(0, load - inst.capacity) + ce.twPenalty * timeWarp(r);
    if (r.length > 0) pen += ce.fixedVehicleCost;
  }
  return distance + pen;
}

function setup(seed: number, fixed: number) {
  const rng = new Rng(seed);
  const ce = new CostEvaluator(data.capacity, 3, 2, fixed);
  const routes = Array.from({ length: 6 }, (_, i) => new Route(i, data));
  const state: SearchState = { data, routes, routeOf: new Int32Array(data.n), posOf: new Int32Array(data.n), ce };
  const clients = rng.shuffle(Array.from({ length: data.n - 1 }, (_, i) => i + 1));
  const cuts = [0, 4, 11, 17, 25, 30, 30];
  routes.forEach((r, i) => {
    r.setClients(clients.slice(cuts[i], cuts[i + 1]), state.routeOf, state.posOf);
    r.update(ce);
  });
  return { rng, ce, routes, state };
}

const current = (routes: Route[]) => routes.map((r) => r.clients());

describe('move evaluation matches the recomputed cost', () => {
  const ops: [string, (s: SearchState) => NodeOperator][] = [
    ['relocate', (s) => new Exchange(s, 1, 0)],
    ['relocate-2', (s) => new Exchange(s, 2, 0)],
    ['swap', (s) => new Exchange(s, 1, 1)],
    ['swap-2-1', (s) => new Exchange(s, 2, 1)],
    ['swap-2-2', (s) => new Exchange(s, 2, 2)],
    ['2-opt / 2-opt*', (s) => new SwapTails(s)],
  ];
  for (const [name, make] of ops) {
    it(name, () => {
      for (const fixed of [0, 100]) {
        const { rng, ce, routes, state } = setup(11, fixed);
        const op = make(state);
        let checked = 0;
        for (let k = 0; k < 3000 && checked < 300; k++) {
          const u = 1 + rng.int(data.n - 1);
          const rv = rng.int(routes.length);
          const pv = rng.int(routes[rv]!.size + 1);
          const ru = routes[state.routeOf[u]!]!;
          const pu = state.posOf[u]!;
          const delta = op.evaluate(ru, pu, routes[rv]!, pv);
          if (!Number.isFinite(delta)) continue;
          const before = fullCost(current(routes), ce);
          op.apply(ru, pu, routes[rv]!, pv);
          ru.update(ce);
          routes[rv]!.update(ce);
          const after = fullCost(current(routes), ce);
          expect(after - before).toBeCloseTo(delta, 6);
          expect(current(routes).flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
          checked++;
        }
        expect(checked).toBeGreaterThan(20);
      }
    });
  }

  it('SWAP* only applies moves that lower the recomputed cost', () => {
    const { ce, routes, state } = setup(5, 0);
    const op = new SwapStar(state);
    let applied = 0;
    for (let i = 0; i < routes.length; i++) {
      for (let j = i + 1; j < routes.length; j++) {
        const before = fullCost(current(routes), ce);
        if (op.run(routes[i]!, routes[j]!)) {
          routes[i]!.update(ce);
          routes[j]!.update(ce);
          expect(fullCost(current(routes), ce)).toBeLessThan(before);
          applied++;
        }
      }
    }
    expect(applied).toBeGreaterThan(0);
  });
});
