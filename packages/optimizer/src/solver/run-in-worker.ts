import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Progress } from './hgs.ts';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './worker-protocol.ts';

/**
 * Runs the solver in a worker thread so a server's event loop stays free; progress events (best
 * cost so far, elapsed time) arrive through `onProgress` for a progress bar. The worker file is
 * TypeScript: Node 20 does not apply `--import tsx` to a worker's entry module, so a tiny
 * bootstrap registers tsx's ESM hooks inside the worker first and then imports worker.ts.
 */
export function solveInWorker(req: WorkerRequest, onProgress?: (p: Progress) => void): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), { eval: true, workerData: req });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else {
        settled = true;
        void worker.terminate();
        if (m.type === 'done') resolve(m.result);
        else reject(new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`solver worker exited with code ${code}`));
    });
  });
}

function bootstrap(): string {
  // the ESM build of tsx's API (its CommonJS build registers hooks under a wrong relative URL)
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}
