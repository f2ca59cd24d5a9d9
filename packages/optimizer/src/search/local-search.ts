import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { SearchData } from '../eval/data.ts';
import { Segment } from '../eval/segment.ts';
import type { Rng } from '../solver/rng.ts';
import { Exchange } from './exchange.ts';
import type { NodeOperator, SearchState } from './operator.ts';
import { Route } from './route.ts';
import { SwapStar } from './swap-star.ts';
import { SwapTails } from './swap-tails.ts';

const EPS = 1e-7;
/** SWAP* only between routes whose polar sectors overlap, with 5 % of the circle as slack. */
const SECTOR_TOLERANCE = 0.05 * 2 * Math.PI;

/**
 * Granular local search (Toth & Vigo; as in HGS/PyVRP): node moves are only tried between a client
 * and its nearest neighbours, and a (client, route) pair is skipped when neither route changed since
 * that client was last examined. SWAP* then runs over changed route pairs whose sectors overlap.
 */
export class LocalSearch {
  private readonly state: SearchState;
  private readonly ops: NodeOperator[];
  private readonly relocate: NodeOperator;
  private readonly swapStar: SwapStar;
  private readonly seg: Segment;
  private readonly lastTested: Int32Array;
  private readonly order: Int32Array;
  private updates = 0;
  /** Routes with index ≥ fleet stay empty (route-minimisation phase). */
  private fleet: number;

  constructor(
    private readonly data: SearchData,
    private readonly neighbours: readonly Int32Array[],
    ce: CostEvaluator,
  ) {
    const routes = Array.from({ length: data.maxVehicles }, (_, i) => new Route(i, data));
    this.state = { data, routes, routeOf: new Int32Array(data.n), posOf: new Int32Array(data.n), ce };
    this.relocate = new Exchange(this.state, 1, 0);
    this.ops = [
      this.relocate,
      new Exchange(this.state, 2, 0),
      new Exchange(this.state, 1, 1),
      new Exchange(this.state, 2, 1),
      new Exchange(this.state, 2, 2),
      new SwapTails(this.state),
    ];
    this.swapStar = new SwapStar(this.state);
    this.seg = new Segment(data);
    this.lastTested = new Int32Array(data.n);
    this.fleet = data.maxVehicles;
    this.order = new Int32Array(data.n - 1).map((_, i) => i + 1);
  }

  /**
   * Returns the local optimum under `ce` reached from `routes`; `missing` clients are first put at
   * their cheapest position next to one of their neighbours.
   */
  run(routes: readonly (readonly number[])[], ce: CostEvaluator, rng: Rng, missing: readonly number[] = [], fleet = this.data.maxVehicles): number[][] {
    this.fleet = Math.min(fleet, this.data.maxVehicles);
    // routes beyond the fleet limit are dissolved and their clients reinserted
    this.load(routes.slice(0, this.fleet), ce);
    for (const u of [...routes.slice(this.fleet).flat(), ...missing]) this.insert(u);
    rng.shuffle(this.order);
    const { state } = this;
    const swapTested = new Map<number, number>();
    for (;;) {
      let improved = false;
      for (const u of this.order) {
        const lastT = this.lastTested[u]!;
        this.lastTested[u] = this.updates;
        const nb = this.neighbours[u]!;
        for (let k = 0; k < nb.length; k++) {
          const v = nb[k]!;
          const ru = state.routes[state.routeOf[u]!]!;
          const rv = state.routes[state.routeOf[v]!]!;
          if (ru.lastModified <= lastT && rv.lastModified <= lastT) continue;
          const pu = state.posOf[u]!;
          const pv = state.posOf[v]!;
          if (this.tryOps(ru, pu, rv, pv)) improved = true;
          else if (pv === 1 && this.tryOps(ru, pu, rv, 0)) improved = true;
        }
        const ru = state.routes[state.routeOf[u]!]!;
        if (ru.lastModified > lastT) {
          const empty = this.firstEmpty();
          if (empty >= 0 && this.tryOp(this.relocate, ru, state.posOf[u]!, state.routes[empty]!, 0)) improved = true;
        }
      }
      // SWAP* is the expensive neighbourhood: only run it once node moves are exhausted
      if (improved) continue;
      const nonEmpty = state.routes.filter((r) => r.size > 0);
      for (let i = 0; i < nonEmpty.length; i++) {
        for (let j = i + 1; j < nonEmpty.length; j++) {
          const r1 = nonEmpty[i]!;
          const r2 = nonEmpty[j]!;
          const key = r1.index * 4096 + r2.index;
          const last = swapTested.get(key) ?? -1;
          if (r1.lastModified <= last && r2.lastModified <= last) continue;
          swapTested.set(key, this.updates);
          if (!r1.overlaps(r2, SECTOR_TOLERANCE)) continue;
          if (this.swapStar.run(r1, r2)) {
            this.touch(r1);
            this.touch(r2);
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
    return state.routes.filter((r) => r.size > 0).map((r) => r.clients());
  }

  /** Cheapest insertion of an unrouted client after or before one of its routed neighbours. */
  private insert(u: number): void {
    const { state, seg } = this;
    const ce = state.ce;
    let best = Infinity;
    let bestRoute = this.firstEmpty();
    let bestPos = 0;
    if (bestRoute >= 0) best = seg.setNode(0).appendNode(u).appendNode(0).cost(ce, true);
    for (const v of this.neighbours[u]!) {
      if (state.routeOf[v]! < 0) continue;
      const r = state.routes[state.routeOf[v]!]!;
      const pv = state.posOf[v]!;
      for (let p = pv - 1; p <= pv; p++) {
        const c = seg.setPrefix(r, p).appendNode(u).appendSuffix(r, p + 1).cost(ce, true) - r.cost;
        if (c < best) {
          best = c;
          bestRoute = r.index;
          bestPos = p;
        }
      }
    }
    if (bestRoute < 0) {
      // no neighbour routed and no empty route: append to the first route
      bestRoute = 0;
      bestPos = state.routes[0]!.size;
    }
    const r = state.routes[bestRoute]!;
    const list = r.clients();
    list.splice(bestPos, 0, u);
    r.setClients(list, state.routeOf, state.posOf);
    this.touch(r);
  }

  private firstEmpty(): number {
    const routes = this.state.routes;
    for (let i = 0; i < this.fleet; i++) if (routes[i]!.size === 0) return i;
    return -1;
  }

  private tryOps(ru: Route, pu: number, rv: Route, pv: number): boolean {
    const ops = this.ops;
    for (let i = 0; i < ops.length; i++) if (this.tryOp(ops[i]!, ru, pu, rv, pv)) return true;
    return false;
  }

  private tryOp(op: NodeOperator, ru: Route, pu: number, rv: Route, pv: number): boolean {
    const delta = op.evaluate(ru, pu, rv, pv);
    if (!(delta < -EPS)) return false;
    op.apply(ru, pu, rv, pv);
    this.touch(ru);
    if (rv !== ru) this.touch(rv);
    return true;
  }

  private touch(r: Route): void {
    this.updates++;
    r.update(this.state.ce);
    r.lastModified = this.updates;
  }

  private load(routes: readonly (readonly number[])[], ce: CostEvaluator): void {
    const { state } = this;
    state.ce = ce;
    this.updates = 0;
    this.lastTested.fill(-1);
    state.routeOf.fill(-1);
    state.routes.forEach((r, i) => {
      r.setClients(routes[i] ?? [], state.routeOf, state.posOf);
      r.update(ce);
      r.lastModified = 0;
    });
  }
}
