import type { VrptwInstance } from '../model/vrptw.ts';
import { euclideanMatrix } from '../model/vrptw.ts';

/**
 * Immutable numeric view of a capacitated VRPTW used inside the HGS search: typed arrays so the
 * inner loops never allocate. Node 0 is the depot, 1..n-1 are clients.
 */
export interface SearchData {
  readonly n: number;
  readonly dist: Float64Array;
  readonly demand: Float64Array;
  readonly service: Float64Array;
  readonly early: Float64Array;
  readonly late: Float64Array;
  readonly capacity: number;
  readonly maxVehicles: number;
  /** Cost added per used route; 0 for the distance objective. */
  readonly fixedVehicleCost: number;
  /** Polar angle of each node around the depot (radians), when coordinates are known. */
  readonly angle?: Float64Array;
}

export function searchDataFromVrptw(inst: VrptwInstance, fixedVehicleCost = 0): SearchData {
  const n = inst.x.length;
  return {
    n,
    dist: euclideanMatrix(inst),
    demand: Float64Array.from(inst.demand),
    service: Float64Array.from(inst.service),
    early: Float64Array.from(inst.ready),
    late: Float64Array.from(inst.due),
    capacity: inst.capacity,
    maxVehicles: inst.maxVehicles,
    fixedVehicleCost,
    angle: Float64Array.from(inst.x, (x, i) => Math.atan2((inst.y[i] ?? 0) - (inst.y[0] ?? 0), x - (inst.x[0] ?? 0))),
  };
}
