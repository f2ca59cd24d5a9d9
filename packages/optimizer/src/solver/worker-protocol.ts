import type { HomeCareSolution } from '../model/problem.ts';
import type { VrptwInstance } from '../model/vrptw.ts';
import type { Progress } from './hgs.ts';

export type WorkerRequest =
  | { readonly kind: 'homecare'; readonly problem: unknown; readonly timeLimitMs: number; readonly seed: number }
  | { readonly kind: 'vrptw'; readonly instance: VrptwInstance; readonly timeLimitMs: number; readonly seed: number; readonly objective: 'distance' | 'vehicles' };

export type WorkerResult =
  | { readonly kind: 'homecare'; readonly solution: HomeCareSolution; readonly iterations: number; readonly elapsedMs: number }
  | { readonly kind: 'vrptw'; readonly routes: number[][]; readonly distance: number; readonly feasible: boolean; readonly iterations: number; readonly elapsedMs: number };

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly result: WorkerResult }
  | { readonly type: 'error'; readonly message: string };
