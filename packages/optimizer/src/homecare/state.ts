import type { HcInstance } from './instance.ts';
import type { RouteSchedule } from './schedule.ts';
import { emptySchedule, simulate } from './schedule.ts';

/**
 * Mutable plan inside the home-care search: one task list per staff member, its simulated
 * schedule, and the shared start time of each double-staffed pair. Invariant: every route is
 * feasible; unassigned tasks only cost their priority penalty.
 */
export class HcState {
  readonly routes: number[][];
  readonly sched: RouteSchedule[];
  readonly sync: Float64Array;
  /** staff index of each task, -1 = unassigned */
  readonly routeOf: Int32Array;

  constructor(readonly inst: HcInstance, from?: HcState) {
    if (from) {
      this.routes = from.routes.map((r) => [...r]);
      this.sched = from.sched.map((s) => ({ ...s, starts: [...s.starts], depart: [...s.depart], latest: [...s.latest] }));
      this.sync = Float64Array.from(from.sync);
      this.routeOf = Int32Array.from(from.routeOf);
      return;
    }
    this.routes = Array.from({ length: inst.nStaff }, () => []);
    this.sched = Array.from({ length: inst.nStaff }, (_, k) => simulate(inst, k, [], new Float64Array(0), emptySchedule()));
    this.sync = new Float64Array(inst.nTasks).fill(NaN);
    this.routeOf = new Int32Array(inst.nTasks).fill(-1);
  }

  clone(): HcState {
    return new HcState(this.inst, this);
  }

  /** Re-simulates route k; returns whether it is feasible. */
  refresh(k: number): boolean {
    return simulate(this.inst, k, this.routes[k]!, this.sync, this.sched[k]!).feasible;
  }

  /** Removes a task (and its partner, which cannot stay alone) from the plan. */
  remove(t: number, touched: Set<number>): number[] {
    const out: number[] = [];
    for (const x of this.inst.partner[t]! >= 0 ? [t, this.inst.partner[t]!] : [t]) {
      const k = this.routeOf[x]!;
      if (k < 0) continue;
      const r = this.routes[k]!;
      r.splice(r.indexOf(x), 1);
      this.routeOf[x] = -1;
      this.sync[x] = NaN;
      touched.add(k);
      out.push(x);
    }
    return out;
  }

  unassignedWeight(): number {
    let w = 0;
    for (let t = 0; t < this.inst.nTasks; t++) if (this.routeOf[t]! < 0) w += this.inst.priority[t]! / (this.inst.partner[t]! >= 0 ? 2 : 1);
    return w;
  }

  routeCost(): number {
    let c = 0;
    for (const s of this.sched) c += s.cost;
    return c;
  }

  cost(): number {
    return this.inst.weights.unassigned * this.unassignedWeight() + this.routeCost();
  }
}
