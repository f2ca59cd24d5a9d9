/**
 * CLI: npm run optimize -- problem.json --time 10 --seed 1 [--out plan.json] [--worker]
 * A `.txt` input is read as a Solomon VRPTW instance (add --objective vehicles for fleet first).
 * Progress goes to stderr, the plan (JSON) to --out or stdout. Uses one core.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { checkVrptw } from '../src/check/vrptw-check.ts';
import { solveHomeCare } from '../src/homecare/solve.ts';
import { readSolomon } from '../src/model/vrptw.ts';
import { validateProblem } from '../src/model/validate.ts';
import type { Progress } from '../src/solver/hgs.ts';
import { solveInWorker } from '../src/solver/run-in-worker.ts';
import { solveVrptw } from '../src/solver/vrptw.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    time: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    objective: { type: 'string', default: 'distance' },
    worker: { type: 'boolean', default: false },
  },
});
// npm runs workspace scripts inside the package folder; INIT_CWD is where the user typed the command
const here = process.env['INIT_CWD'] ?? process.cwd();
const file = positionals[0] ? path.resolve(here, positionals[0]) : undefined;
const out = values.out ? path.resolve(here, values.out) : undefined;
if (!file) {
  console.error('usage: npm run optimize -- <problem.json | solomon.txt> [--time s] [--seed n] [--out file] [--worker]');
  process.exit(2);
}
const timeLimitMs = Number(values.time) * 1000;
const seed = Number(values.seed);
const progress = (p: Progress) => process.stderr.write(`\r${(p.elapsedMs / 1000).toFixed(1)}s  iter ${p.iteration}  best ${p.bestCost.toFixed(2)}   `);
const text = readFileSync(file, 'utf8');
const emit = (obj: unknown) => {
  const json = JSON.stringify(obj, null, 2);
  if (out) writeFileSync(out, json);
  else console.log(json);
};

if (file.endsWith('.txt')) {
  const inst = readSolomon(text);
  const objective = values.objective === 'vehicles' ? 'vehicles' : 'distance';
  const res = values.worker
    ? await solveInWorker({ kind: 'vrptw', instance: inst, timeLimitMs, seed, objective }, progress)
    : { kind: 'vrptw' as const, ...solveVrptw(inst, { timeLimitMs, seed, objective, onProgress: progress }) };
  if (res.kind !== 'vrptw') throw new Error('unexpected result');
  const check = checkVrptw(inst, res.routes);
  console.error(`\n${inst.name}: ${check.vehicles} vehicles, distance ${check.distance.toFixed(2)}, checker ${check.feasible ? 'ok' : check.violations.join('; ')}`);
  emit({ instance: inst.name, vehicles: check.vehicles, distance: check.distance, routes: res.routes });
} else {
  const problem = validateProblem(JSON.parse(text));
  const run = values.worker
    ? await solveInWorker({ kind: 'homecare', problem, timeLimitMs, seed }, progress)
    : await solveHomeCare(problem, { timeLimitMs, seed, onProgress: progress });
  if (run.kind === 'vrptw') throw new Error('unexpected result');
  const check = checkHomeCare(problem, run.solution);
  const o = run.solution.objective;
  console.error(
    `\n${problem.name ?? file}: ${run.iterations} iterations (1 core), unassigned ${run.solution.unassigned.length} (weighted ${o.unassignedWeighted}), ` +
      `travel ${o.travelTime.toFixed(1)} min, continuity ${o.continuityPenalty.toFixed(1)}, lateness ${o.lateness.toFixed(1)}, total ${o.total.toFixed(1)}; ` +
      `checker ${check.feasible && check.objectiveMatches ? 'ok' : check.violations.slice(0, 3).join('; ') || 'objective mismatch'}`,
  );
  emit(run.solution);
}
