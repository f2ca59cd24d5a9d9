import type { VrptwInstance } from '../model/vrptw.ts';

export interface VrptwCheck {
  readonly feasible: boolean;
  readonly vehicles: number;
  readonly distance: number;
  readonly violations: readonly string[];
}

/**
 * Independent feasibility and cost check of a VRPTW solution, recomputed from the raw instance by
 * plain simulation (no search data structures): each customer served exactly once, load within
 * capacity, service starting inside [ready, due], return to the depot by its due date.
 */
export function checkVrptw(inst: VrptwInstance, routes: readonly (readonly number[])[]): VrptwCheck {
  const n = inst.x.length;
  const violations: string[] = [];
  const seen = new Array<number>(n).fill(0);
  let distance = 0;
  let vehicles = 0;
  const leg = (a: number, b: number) => Math.hypot(inst.x[a]! - inst.x[b]!, inst.y[a]! - inst.y[b]!);
  routes.forEach((route, r) => {
    if (route.length === 0) return;
    vehicles++;
    let load = 0;
    let time = inst.ready[0]!;
    let at = 0;
    for (const c of route) {
      if (!Number.isInteger(c) || c < 1 || c >= n) {
        violations.push(`route ${r}: unknown customer ${c}`);
        return;
      }
      seen[c]!++;
      load += inst.demand[c]!;
      distance += leg(at, c);
      const start = Math.max(time + leg(at, c), inst.ready[c]!);
      if (start > inst.due[c]! + 1e-6) violations.push(`route ${r}: customer ${c} starts ${start.toFixed(2)} > due ${inst.due[c]}`);
      time = start + inst.service[c]!;
      at = c;
    }
    distance += leg(at, 0);
    if (time + leg(at, 0) > inst.due[0]! + 1e-6) violations.push(`route ${r}: returns after the depot closes`);
    if (load > inst.capacity + 1e-9) violations.push(`route ${r}: load ${load} > capacity ${inst.capacity}`);
  });
  for (let c = 1; c < n; c++) {
    if (seen[c] !== 1) violations.push(`customer ${c} served ${seen[c]} times`);
  }
  if (vehicles > inst.maxVehicles) violations.push(`${vehicles} vehicles > limit ${inst.maxVehicles}`);
  return { feasible: violations.length === 0, vehicles, distance, violations };
}
