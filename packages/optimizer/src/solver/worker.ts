import { parentPort, workerData } from 'node:worker_threads';
import { solveHomeCare } from '../homecare/solve.ts';
import { solveVrptw } from './vrptw.ts';
import type { Progress } from './hgs.ts';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './worker-protocol.ts';

/** Worker-thread entry: solves one request, streaming progress events to the parent. */
async function main(req: WorkerRequest): Promise<WorkerResult> {
  const onProgress = (progress: Progress) => post({ type: 'progress', progress });
  if (req.kind === 'homecare') {
    const run = await solveHomeCare(req.problem, { timeLimitMs: req.timeLimitMs, seed: req.seed, onProgress });
    return { kind: 'homecare', solution: run.solution, iterations: run.iterations, elapsedMs: run.elapsedMs };
  }
  const res = solveVrptw(req.instance, { timeLimitMs: req.timeLimitMs, seed: req.seed, objective: req.objective, onProgress });
  return { kind: 'vrptw', routes: res.routes, distance: res.distance, feasible: res.feasible, iterations: res.iterations, elapsedMs: res.elapsedMs };
}

function post(m: WorkerMessage): void {
  parentPort?.postMessage(m);
}

main(workerData as WorkerRequest).then(
  (result) => post({ type: 'done', result }),
  (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
);
