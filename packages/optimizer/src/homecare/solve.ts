import type { HomeCareProblem, HomeCareSolution } from '../model/problem.ts';
import type { TravelMatrixProvider } from '../model/travel.ts';
import { validateProblem } from '../model/validate.ts';
import type { Progress } from '../solver/hgs.ts';
import { solveAlns } from './alns.ts';
import { compileProblem } from './compile.ts';
import type { HcInstance } from './instance.ts';
import { toSolution } from './solution.ts';
import type { HcState } from './state.ts';

export interface HomeCareOptions {
  readonly timeLimitMs: number;
  readonly seed?: number;
  readonly maxIterations?: number;
  readonly provider?: TravelMatrixProvider;
  readonly onProgress?: (p: Progress) => void;
}

export interface HomeCareRun {
  readonly kind: 'homecare';
  readonly solution: HomeCareSolution;
  readonly iterations: number;
  readonly elapsedMs: number;
  readonly trace: readonly [number, number][];
}

/** Validates, compiles and solves a home-care problem. */
export async function solveHomeCare(input: unknown, opts: HomeCareOptions): Promise<HomeCareRun> {
  const problem = validateProblem(input);
  const inst = await compileProblem(problem, opts.provider ? { provider: opts.provider } : {});
  return runAlns(inst, opts);
}

export function runAlns(inst: HcInstance, opts: HomeCareOptions, initial?: HcState): HomeCareRun {
  const res = solveAlns(inst, {
    timeLimitMs: opts.timeLimitMs,
    seed: opts.seed ?? 1,
    ...(opts.maxIterations !== undefined ? { maxIterations: opts.maxIterations } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(initial ? { initial } : {}),
  });
  return { kind: 'homecare', solution: toSolution(res.best), iterations: res.iterations, elapsedMs: res.elapsedMs, trace: res.trace };
}

export type { HomeCareProblem };
