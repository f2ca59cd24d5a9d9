import { Segment } from '../eval/segment.ts';
import type { SearchState } from './operator.ts';
import { rewrite, slice } from './operator.ts';
import type { Route } from './route.ts';

const TOP = 3;

/**
 * SWAP* (Vidal 2022): exchange u ∈ r1 and v ∈ r2 where each is reinserted at its best position of
 * the other route, not necessarily in the other's place. A cheap estimate (removal gains plus the
 * three cached best insertion positions) picks the candidate, which is then priced exactly.
 */
export class SwapStar {
  readonly name = 'swap-star';
  private readonly seg: Segment;
  private readonly removal: Float64Array;
  /** Best insertion positions of client u in route r at [(u * R + r) * TOP], valid while the
   * route's version equals `stamp[u * R + r]` (HGS caches them the same way). */
  private readonly topCost: Float64Array;
  private readonly topPos: Int32Array;
  private readonly stamp: Float64Array;
  private readonly R: number;
  private bcCost = 0;
  private bcPos = 0;

  constructor(private readonly state: SearchState) {
    const n = state.data.n;
    this.R = state.routes.length;
    this.seg = new Segment(state.data);
    this.removal = new Float64Array(n);
    this.topCost = new Float64Array(n * this.R * TOP);
    this.topPos = new Int32Array(n * this.R * TOP);
    this.stamp = new Float64Array(n * this.R);
  }

  /** Applies the best improving SWAP* between r1 and r2, if any; returns whether it did. */
  run(r1: Route, r2: Route): boolean {
    if (r1.size === 0 || r2.size === 0) return false;
    this.prepare(r1, r2);
    this.prepare(r2, r1);
    let best = -1e-9;
    let bu = -1;
    let bv = -1;
    let bpu = -1;
    let bpv = -1;
    const { seg, state } = this;
    const ce = state.ce;
    for (let i = 1; i <= r1.size; i++) {
      const u = r1.nodes[i]!;
      for (let j = 1; j <= r2.size; j++) {
        const v = r2.nodes[j]!;
        const base = this.removal[u]! + this.removal[v]!;
        // u into r2 where v was, or at a cached position not next to v
        seg.setPrefix(r2, j - 1).appendNode(u).appendSuffix(r2, j + 1);
        this.bestCached(u, r2.index, j, seg.cost(ce, true) - r2.cost, j - 1);
        const insU = this.bcCost;
        const posU = this.bcPos;
        seg.setPrefix(r1, i - 1).appendNode(v).appendSuffix(r1, i + 1);
        this.bestCached(v, r1.index, i, seg.cost(ce, true) - r1.cost, i - 1);
        const insV = this.bcCost;
        const posV = this.bcPos;
        const delta = base + insU + insV;
        if (delta < best) {
          best = delta;
          bu = u;
          bv = v;
          bpu = posU;
          bpv = posV;
        }
      }
    }
    if (bu < 0) return false;
    const newR1 = insertAfter(without(r1, bu), r1, bpv, bv);
    const newR2 = insertAfter(without(r2, bv), r2, bpu, bu);
    const exact = this.linearCost(newR1) + this.linearCost(newR2) - r1.cost - r2.cost;
    if (exact >= -1e-9) return false;
    rewrite(state, r1, newR1);
    rewrite(state, r2, newR2);
    return true;
  }

  /** Sets bcCost/bcPos to the cheaper of the given in-place insertion and the cached positions. */
  private bestCached(u: number, r: number, posRemoved: number, cost: number, pos: number): void {
    const base = (u * this.R + r) * TOP;
    this.bcCost = cost;
    this.bcPos = pos;
    for (let k = 0; k < TOP; k++) {
      const p = this.topPos[base + k]!;
      if (p < 0) return;
      if (p === posRemoved || p === posRemoved - 1) continue;
      const c = this.topCost[base + k]!;
      if (c < cost) {
        this.bcCost = c;
        this.bcPos = p;
      }
      return;
    }
  }

  /** Removal gains for clients of `from` and the best three insertion positions of each in `to`. */
  private prepare(from: Route, to: Route): void {
    const { seg, state } = this;
    const ce = state.ce;
    for (let i = 1; i <= from.size; i++) {
      const u = from.nodes[i]!;
      seg.setPrefix(from, i - 1).appendSuffix(from, i + 1);
      this.removal[u] = seg.cost(ce, from.size > 1) - from.cost;
      const slot = u * this.R + to.index;
      if (this.stamp[slot] === to.version) continue;
      this.stamp[slot] = to.version;
      const base = slot * TOP;
      for (let k = 0; k < TOP; k++) {
        this.topCost[base + k] = Infinity;
        this.topPos[base + k] = -1;
      }
      const { dist, n } = state.data;
      for (let p = 0; p <= to.size; p++) {
        const a = to.nodes[p]!;
        const b = to.nodes[p + 1]!;
        const lower = to.dist + dist[a * n + u]! + dist[u * n + b]! - dist[a * n + b]! - to.cost;
        if (lower >= this.topCost[base + TOP - 1]!) continue;
        seg.setPrefix(to, p).appendNode(u).appendSuffix(to, p + 1);
        const c = seg.cost(ce, true) - to.cost;
        if (c >= this.topCost[base + TOP - 1]!) continue;
        let k = TOP - 1;
        while (k > 0 && this.topCost[base + k - 1]! > c) {
          this.topCost[base + k] = this.topCost[base + k - 1]!;
          this.topPos[base + k] = this.topPos[base + k - 1]!;
          k--;
        }
        this.topCost[base + k] = c;
        this.topPos[base + k] = p;
      }
    }
  }

  private linearCost(clients: number[]): number {
    const seg = this.seg.setNode(0);
    for (const c of clients) seg.appendNode(c);
    seg.appendNode(0);
    return seg.cost(this.state.ce, clients.length > 0);
  }
}

function without(r: Route, u: number): number[] {
  return slice(r, 1, r.size).filter((c) => c !== u);
}

/**
 * Inserts `ins` after original position `pos` of route r into `list`, which already lacks the
 * removed client (pos 0 = after the depot). bestCached never returns the removed client's position,
 * so the anchor is always still present.
 */
function insertAfter(list: number[], r: Route, pos: number, ins: number): number[] {
  const anchor = pos === 0 ? -1 : r.nodes[pos]!;
  const idx = anchor < 0 ? 0 : list.indexOf(anchor) + 1;
  return [...list.slice(0, idx), ins, ...list.slice(idx)];
}
