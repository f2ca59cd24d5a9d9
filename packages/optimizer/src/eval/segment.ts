import type { SearchData } from './data.ts';
import type { CostEvaluator } from './cost-evaluator.ts';

/**
 * Read-only prefix/suffix summaries of one route, as the search keeps them (see search/route.ts).
 * Position 0 is the start depot, 1..size the clients, size+1 the end depot.
 */
export interface RouteSummaries {
  readonly nodes: Int32Array;
  readonly size: number;
  readonly pDist: Float64Array;
  readonly pLoad: Float64Array;
  readonly pDur: Float64Array;
  readonly pTw: Float64Array;
  readonly pEarly: Float64Array;
  readonly pLate: Float64Array;
  readonly sDist: Float64Array;
  readonly sLoad: Float64Array;
  readonly sDur: Float64Array;
  readonly sTw: Float64Array;
  readonly sEarly: Float64Array;
  readonly sLate: Float64Array;
}

/**
 * A mutable route segment under construction, combined with Vidal et al. (2013) time-warp
 * concatenation: each append is O(1), so any move that rebuilds a route from a prefix, a few nodes
 * and a suffix is priced in constant time. One instance is reused per operator: no allocation.
 */
export class Segment {
  dist = 0;
  load = 0;
  dur = 0;
  tw = 0;
  early = 0;
  late = 0;
  last = 0;

  constructor(private readonly data: SearchData) {}

  setPrefix(r: RouteSummaries, p: number): this {
    this.dist = r.pDist[p]!;
    this.load = r.pLoad[p]!;
    this.dur = r.pDur[p]!;
    this.tw = r.pTw[p]!;
    this.early = r.pEarly[p]!;
    this.late = r.pLate[p]!;
    this.last = r.nodes[p]!;
    return this;
  }

  copyFrom(o: Segment): this {
    this.dist = o.dist;
    this.load = o.load;
    this.dur = o.dur;
    this.tw = o.tw;
    this.early = o.early;
    this.late = o.late;
    this.last = o.last;
    return this;
  }

  setNode(u: number): this {
    const d = this.data;
    this.dist = 0;
    this.load = d.demand[u]!;
    this.dur = d.service[u]!;
    this.tw = 0;
    this.early = d.early[u]!;
    this.late = d.late[u]!;
    this.last = u;
    return this;
  }

  appendNode(u: number): this {
    const d = this.data;
    return this.merge(u, u, 0, d.demand[u]!, d.service[u]!, 0, d.early[u]!, d.late[u]!);
  }

  /** Appends the suffix of r starting at position p (which ends with the end depot). */
  appendSuffix(r: RouteSummaries, p: number): this {
    const first = r.nodes[p]!;
    return this.merge(first, 0, r.sDist[p]!, r.sLoad[p]!, r.sDur[p]!, r.sTw[p]!, r.sEarly[p]!, r.sLate[p]!);
  }

  /** Appends positions i..j of r in order; nothing when i > j. O(j - i). */
  appendRange(r: RouteSummaries, i: number, j: number): this {
    for (let p = i; p <= j; p++) this.appendNode(r.nodes[p]!);
    return this;
  }

  /** Appends positions j down to i of r (a reversed segment); nothing when i > j. */
  appendReversed(r: RouteSummaries, i: number, j: number): this {
    for (let p = j; p >= i; p--) this.appendNode(r.nodes[p]!);
    return this;
  }

  private merge(
    first: number,
    last: number,
    dist: number,
    load: number,
    dur: number,
    tw: number,
    early: number,
    late: number,
  ): this {
    const edge = this.data.dist[this.last * this.data.n + first]!;
    const delta = this.dur - this.tw + edge;
    const dWait = Math.max(early - delta - this.late, 0);
    const dTw = Math.max(this.early + delta - late, 0);
    this.dur += dur + edge + dWait;
    this.tw += tw + dTw;
    this.early = Math.max(early - delta, this.early) - dWait;
    this.late = Math.min(late - delta, this.late) + dTw;
    this.load += load;
    this.dist += edge + dist;
    this.last = last;
    return this;
  }

  /** Penalised cost of this segment as a complete route (it must end at the depot). */
  cost(ce: CostEvaluator, nonEmpty: boolean): number {
    return ce.routeCost(this.dist, this.load, this.tw, nonEmpty);
  }
}
