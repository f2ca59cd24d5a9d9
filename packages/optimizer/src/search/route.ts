import type { SearchData } from '../eval/data.ts';
import type { CostEvaluator } from '../eval/cost-evaluator.ts';
import type { RouteSummaries } from '../eval/segment.ts';

let nextVersion = 1;

/**
 * Mutable route inside the local search. After each change `update()` recomputes prefix and suffix
 * summaries in O(length), which makes every later move evaluation O(1) (plus the length of any
 * middle segment an intra-route move must re-walk).
 */
export class Route implements RouteSummaries {
  readonly nodes: Int32Array;
  size = 0;
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
  private readonly angleBuf: Float64Array;
  /** Penalised cost under the evaluator passed to the last update(). */
  cost = 0;
  /** Smallest arc [sectorStart, sectorStart + sectorLength] (radians) holding all client angles. */
  sectorStart = 0;
  sectorLength = 2 * Math.PI;
  /** Globally unique stamp of the route's current content (caches compare it). */
  version = 0;
  /** Search step at which this route last changed (drives the "skip unchanged pairs" rule). */
  lastModified = -1;

  constructor(
    readonly index: number,
    private readonly data: SearchData,
  ) {
    const cap = data.n + 2;
    this.nodes = new Int32Array(cap);
    this.angleBuf = new Float64Array(cap);
    const f = () => new Float64Array(cap);
    this.pDist = f();
    this.pLoad = f();
    this.pDur = f();
    this.pTw = f();
    this.pEarly = f();
    this.pLate = f();
    this.sDist = f();
    this.sLoad = f();
    this.sDur = f();
    this.sTw = f();
    this.sEarly = f();
    this.sLate = f();
  }

  /** Total distance, and `excess` = cost − distance (penalties and fixed cost), set by update(). */
  dist = 0;
  excess = 0;
  get load(): number {
    return this.pLoad[this.size + 1]!;
  }
  get timeWarp(): number {
    return this.pTw[this.size + 1]!;
  }

  setClients(clients: ArrayLike<number>, routeOf: Int32Array, posOf: Int32Array): void {
    this.size = clients.length;
    this.nodes[0] = 0;
    for (let i = 0; i < clients.length; i++) this.nodes[i + 1] = clients[i]!;
    this.nodes[this.size + 1] = 0;
    for (let p = 1; p <= this.size; p++) {
      routeOf[this.nodes[p]!] = this.index;
      posOf[this.nodes[p]!] = p;
    }
  }

  clients(): number[] {
    return Array.from(this.nodes.subarray(1, this.size + 1));
  }

  update(ce: CostEvaluator): void {
    const d = this.data;
    const n = d.n;
    const end = this.size + 1;
    this.pDist[0] = 0;
    this.pLoad[0] = 0;
    this.pDur[0] = d.service[0]!;
    this.pTw[0] = 0;
    this.pEarly[0] = d.early[0]!;
    this.pLate[0] = d.late[0]!;
    for (let p = 1; p <= end; p++) {
      const prev = this.nodes[p - 1]!;
      const u = this.nodes[p]!;
      const edge = d.dist[prev * n + u]!;
      const delta = this.pDur[p - 1]! - this.pTw[p - 1]! + edge;
      const dWait = Math.max(d.early[u]! - delta - this.pLate[p - 1]!, 0);
      const dTw = Math.max(this.pEarly[p - 1]! + delta - d.late[u]!, 0);
      this.pDur[p] = this.pDur[p - 1]! + d.service[u]! + edge + dWait;
      this.pTw[p] = this.pTw[p - 1]! + dTw;
      this.pEarly[p] = Math.max(d.early[u]! - delta, this.pEarly[p - 1]!) - dWait;
      this.pLate[p] = Math.min(d.late[u]! - delta, this.pLate[p - 1]!) + dTw;
      this.pLoad[p] = this.pLoad[p - 1]! + d.demand[u]!;
      this.pDist[p] = this.pDist[p - 1]! + edge;
    }
    this.sDist[end] = 0;
    this.sLoad[end] = 0;
    this.sDur[end] = d.service[0]!;
    this.sTw[end] = 0;
    this.sEarly[end] = d.early[0]!;
    this.sLate[end] = d.late[0]!;
    for (let p = end - 1; p >= 0; p--) {
      const u = this.nodes[p]!;
      const next = this.nodes[p + 1]!;
      const edge = d.dist[u * n + next]!;
      // node u (duration service, no warp, window [e,l]) merged with suffix p+1
      const delta = d.service[u]! + edge;
      const dWait = Math.max(this.sEarly[p + 1]! - delta - d.late[u]!, 0);
      const dTw = Math.max(d.early[u]! + delta - this.sLate[p + 1]!, 0);
      this.sDur[p] = d.service[u]! + this.sDur[p + 1]! + edge + dWait;
      this.sTw[p] = this.sTw[p + 1]! + dTw;
      this.sEarly[p] = Math.max(this.sEarly[p + 1]! - delta, d.early[u]!) - dWait;
      this.sLate[p] = Math.min(this.sLate[p + 1]! - delta, d.late[u]!) + dTw;
      this.sLoad[p] = this.sLoad[p + 1]! + d.demand[u]!;
      this.sDist[p] = this.sDist[p + 1]! + edge;
    }
    this.version = nextVersion++;
    this.dist = this.pDist[end]!;
    this.cost = ce.routeCost(this.dist, this.load, this.timeWarp, this.size > 0);
    this.excess = this.cost - this.dist;
    if (d.angle) this.updateSector(d.angle);
  }

  /** The covering arc is the circle minus its largest gap between consecutive client angles. */
  private updateSector(angle: Float64Array): void {
    if (this.size === 0) {
      this.sectorLength = 2 * Math.PI;
      return;
    }
    const a = this.angleBuf.subarray(0, this.size);
    for (let i = 0; i < this.size; i++) a[i] = angle[this.nodes[i + 1]!]!;
    a.sort();
    let gap = a[0]! + 2 * Math.PI - a[a.length - 1]!;
    let start = a[0]!;
    for (let i = 1; i < a.length; i++) {
      const g = a[i]! - a[i - 1]!;
      if (g > gap) {
        gap = g;
        start = a[i]!;
      }
    }
    this.sectorStart = start;
    this.sectorLength = 2 * Math.PI - gap;
  }

  /** Whether the polar sectors of both routes overlap, widened by `tolerance` radians. */
  overlaps(o: Route, tolerance: number): boolean {
    const tau = 2 * Math.PI;
    const fwd = (((o.sectorStart - this.sectorStart) % tau) + tau) % tau;
    const back = (((this.sectorStart - o.sectorStart) % tau) + tau) % tau;
    return fwd <= this.sectorLength + tolerance || back <= o.sectorLength + tolerance;
  }
}
