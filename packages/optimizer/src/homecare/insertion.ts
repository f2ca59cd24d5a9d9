import type { HcInstance } from './instance.ts';
import type { RouteSchedule } from './schedule.ts';
import { earliestStart, emptySchedule, hardLatest, simulate } from './schedule.ts';
import type { HcState } from './state.ts';

/** A screened insertion position: staff k, position p, estimated delta, start range [e, l]. */
interface Candidate {
  k: number;
  p: number;
  est: number;
  e: number;
  l: number;
}

const EXACT_TRIES = 12;
const EXACT_FEASIBLE = 3;
const PAIR_LIST = 30;
const late = new Float64Array(1);

/** The K cheapest candidates seen so far, kept sorted; no allocation per offer. */
class TopK {
  readonly items: Candidate[];
  size = 0;

  constructor(readonly cap: number) {
    this.items = Array.from({ length: cap }, () => ({ k: 0, p: 0, est: 0, e: 0, l: 0 }));
  }

  clear(): void {
    this.size = 0;
  }

  offer(k: number, p: number, est: number, e: number, l: number): void {
    if (this.size === this.cap && est >= this.items[this.cap - 1]!.est) return;
    let i = this.size < this.cap ? this.size++ : this.cap - 1;
    const spare = this.items[i]!;
    while (i > 0 && this.items[i - 1]!.est > est) {
      this.items[i] = this.items[i - 1]!;
      i--;
    }
    spare.k = k;
    spare.p = p;
    spare.est = est;
    spare.e = e;
    spare.l = l;
    this.items[i] = spare;
  }
}

/**
 * Cheapest insertion with O(1) screening per position (earliest departure and latest start of
 * the neighbours, cached by the simulation) followed by an exact simulation of the few best
 * candidates, which settles breaks, multiple windows and lateness exactly.
 */
export class Inserter {
  private readonly scratch: RouteSchedule = emptySchedule();
  private readonly scratch2: RouteSchedule = emptySchedule();
  private readonly candA = new TopK(PAIR_LIST);
  private readonly candB = new TopK(PAIR_LIST);

  /** Staff allowed for each task whose shift can hold it at all (static filter). */
  private readonly staffFor: Int32Array[];

  constructor(private readonly inst: HcInstance) {
    this.staffFor = Array.from({ length: inst.nTasks }, (_, t) => {
      const list: number[] = [];
      const open = inst.winStart[t]![0]!;
      const close = hardLatest(inst, t);
      for (let k = 0; k < inst.nStaff; k++) {
        if (inst.allowed[t * inst.nStaff + k] !== 1) continue;
        if (open + inst.taskDur[t]! > inst.shiftEnd[k]! || close < inst.shiftStart[k]!) continue;
        list.push(k);
      }
      return Int32Array.from(list);
    });
  }

  /** Inserts task t (and its partner for double-staffed visits); false when no feasible place. */
  insert(s: HcState, t: number, noise: number, rand: () => number): boolean {
    const partner = this.inst.partner[t]!;
    if (partner < 0) return this.insertSingle(s, t, noise, rand);
    return this.insertPair(s, Math.min(t, partner), Math.max(t, partner), noise, rand);
  }

  private screen(s: HcState, t: number, out: TopK, noise: number, rand: () => number): void {
    const inst = this.inst;
    out.clear();
    const n = inst.nLoc;
    const xl = inst.taskLoc[t]!;
    const dur = inst.taskDur[t]!;
    const own = hardLatest(inst, t);
    const firstOpen = inst.winStart[t]![0]!;
    const staffList = this.staffFor[t]!;
    for (let si = 0; si < staffList.length; si++) {
      const k = staffList[si]!;
      const M = inst.staffMatrix[k]!;
      const route = s.routes[k]!;
      const sch = s.sched[k]!;
      const len = route.length;
      const endLatest = Math.min(inst.shiftEnd[k]!, (len > 0 ? sch.departure : inst.shiftStart[k]!) + inst.maxWork[k]!);
      for (let p = 0; p <= len; p++) {
        const prevLoc = p === 0 ? inst.staffStart[k]! : inst.taskLoc[route[p - 1]!]!;
        const prevDep = p === 0 ? inst.shiftStart[k]! : sch.depart[p - 1]!;
        // departures only grow along a route: once past the hard latest start, stop
        if (prevDep > own) break;
        const nextLoc = p === len ? inst.staffEnd[k]! : inst.taskLoc[route[p]!]!;
        const nextLatest = p === len ? endLatest : sch.latest[p]!;
        if (firstOpen + dur > nextLatest) continue;
        const toX = M[prevLoc * n + xl]!;
        const st = earliestStart(inst, t, prevDep + toX, late);
        if (Number.isNaN(st)) continue;
        const fromX = M[xl * n + nextLoc]!;
        const l = Math.min(own, nextLatest - fromX - dur);
        if (st > l + 1e-9) continue;
        let est = inst.weights.travel * (toX + fromX - M[prevLoc * n + nextLoc]!) + late[0]! + inst.assignCost[t * inst.nStaff + k]!;
        if (noise > 0) est *= 1 + noise * (rand() - 0.5);
        out.offer(k, p, est, st, l);
      }
    }
  }

  private insertSingle(s: HcState, t: number, noise: number, rand: () => number): boolean {
    this.screen(s, t, this.candA, noise, rand);
    let best: Candidate | undefined;
    let bestDelta = Infinity;
    let feasible = 0;
    const tries = Math.min(this.candA.size, EXACT_TRIES);
    for (let i = 0; i < tries && feasible < EXACT_FEASIBLE; i++) {
      const c = this.candA.items[i]!;
      const route = s.routes[c.k]!;
      route.splice(c.p, 0, t);
      const sch = simulate(this.inst, c.k, route, s.sync, this.scratch);
      route.splice(c.p, 1);
      if (!sch.feasible) continue;
      feasible++;
      const delta = sch.cost - s.sched[c.k]!.cost;
      if (delta < bestDelta) {
        bestDelta = delta;
        best = c;
      }
    }
    if (!best) return false;
    const { k, p } = best;
    s.routes[k]!.splice(p, 0, t);
    s.routeOf[t] = k;
    s.refresh(k);
    return true;
  }

  /** Both copies of a double-staffed visit, to two different staff, at one shared start. */
  private insertPair(s: HcState, a: number, b: number, noise: number, rand: () => number): boolean {
    this.screen(s, a, this.candA, noise, rand);
    this.screen(s, b, this.candB, noise, rand);
    const pairs: { ca: Candidate; cb: Candidate; est: number; time: number }[] = [];
    for (let i = 0; i < this.candA.size; i++) {
      const ca = { ...this.candA.items[i]! };
      for (let j = 0; j < this.candB.size; j++) {
        const cb = { ...this.candB.items[j]! };
        if (ca.k === cb.k) continue;
        const time = Math.max(ca.e, cb.e);
        if (time > Math.min(ca.l, cb.l) + 1e-9) continue;
        pairs.push({ ca, cb, est: ca.est + cb.est, time });
      }
    }
    pairs.sort((x, y) => x.est - y.est || x.ca.k - y.ca.k || x.cb.k - y.cb.k);
    let best: (typeof pairs)[number] | undefined;
    let bestDelta = Infinity;
    let feasible = 0;
    for (let i = 0; i < Math.min(pairs.length, EXACT_TRIES) && feasible < EXACT_FEASIBLE; i++) {
      const pr = pairs[i]!;
      s.sync[a] = pr.time;
      s.sync[b] = pr.time;
      const ra = s.routes[pr.ca.k]!;
      const rb = s.routes[pr.cb.k]!;
      ra.splice(pr.ca.p, 0, a);
      rb.splice(pr.cb.p, 0, b);
      const okA = simulate(this.inst, pr.ca.k, ra, s.sync, this.scratch).feasible;
      const okB = okA && simulate(this.inst, pr.cb.k, rb, s.sync, this.scratch2).feasible;
      ra.splice(pr.ca.p, 1);
      rb.splice(pr.cb.p, 1);
      if (!okB) continue;
      feasible++;
      const delta = this.scratch.cost + this.scratch2.cost - s.sched[pr.ca.k]!.cost - s.sched[pr.cb.k]!.cost;
      if (delta < bestDelta) {
        bestDelta = delta;
        best = pr;
      }
    }
    if (!best) {
      s.sync[a] = NaN;
      s.sync[b] = NaN;
      return false;
    }
    s.sync[a] = best.time;
    s.sync[b] = best.time;
    s.routes[best.ca.k]!.splice(best.ca.p, 0, a);
    s.routes[best.cb.k]!.splice(best.cb.p, 0, b);
    s.routeOf[a] = best.ca.k;
    s.routeOf[b] = best.cb.k;
    s.refresh(best.ca.k);
    s.refresh(best.cb.k);
    return true;
  }
}
