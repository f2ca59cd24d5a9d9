import type { VrptwInstance } from '../model/vrptw.ts';
import { searchDataFromVrptw } from '../eval/data.ts';
import type { HgsResult, Progress } from './hgs.ts';
import { solveHgs } from './hgs.ts';

export interface VrptwOptions {
  readonly timeLimitMs: number;
  readonly seed: number;
  /** 'distance': fleet free, minimise distance; 'vehicles': fewest vehicles first, then distance. */
  readonly objective?: 'distance' | 'vehicles';
  /** Stop after this many iterations (tests use it for exact reproducibility). */
  readonly maxIterations?: number;
  /** Population sizes μ / λ and granular neighbourhood size (tuning knobs; HGS defaults). */
  readonly minPopulation?: number;
  readonly generationSize?: number;
  readonly granularity?: number;
  readonly fleetSettleShare?: number;
  readonly fleetStallShare?: number;
  readonly penaltyUpdateEvery?: number;
  readonly onProgress?: (p: Progress) => void;
}

/** Solves a Solomon-style instance with the HGS engine. */
export function solveVrptw(inst: VrptwInstance, opts: VrptwOptions): HgsResult {
  return solveHgs(searchDataFromVrptw(inst, 0), { ...opts, minimiseFleet: opts.objective === 'vehicles' });
}
