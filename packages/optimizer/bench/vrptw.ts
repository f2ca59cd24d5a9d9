/**
 * Solomon / Gehring–Homberger benchmark: solves every instance of a set, runs each solution through
 * the independent checker and prints vehicles, distance, gap to the best-known solution and time.
 *   npm run bench:vrptw -- --time 1 [--set solomon|homberger200] [--objective distance|vehicles]
 *                          [--filter R1] [--seed 1]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir } from '../src/model/data-dir.ts';
import { readSolomon } from '../src/model/vrptw.ts';
import { checkVrptw } from '../src/check/vrptw-check.ts';
import { solveVrptw } from '../src/solver/vrptw.ts';

const { values } = parseArgs({
  options: {
    time: { type: 'string', default: '1' },
    set: { type: 'string', default: 'solomon' },
    objective: { type: 'string', default: 'distance' },
    filter: { type: 'string', default: '' },
    seed: { type: 'string', default: '1' },
    mu: { type: 'string' },
    lambda: { type: 'string' },
    granularity: { type: 'string' },
    settle: { type: 'string' },
    stall: { type: 'string' },
    penaltyEvery: { type: 'string' },
  },
});
const tuning = {
  ...(values.mu ? { minPopulation: Number(values.mu) } : {}),
  ...(values.lambda ? { generationSize: Number(values.lambda) } : {}),
  ...(values.granularity ? { granularity: Number(values.granularity) } : {}),
  ...(values.settle ? { fleetSettleShare: Number(values.settle) } : {}),
  ...(values.stall ? { fleetStallShare: Number(values.stall) } : {}),
  ...(values.penaltyEvery ? { penaltyUpdateEvery: Number(values.penaltyEvery) } : {}),
};
const timeS = Number(values.time);
const hierarchical = values.objective === 'vehicles' || values.set === 'homberger200';
const folder = path.join(dataDir(), 'vrptw', values.set === 'homberger200' ? 'homberger' : 'solomon');
const bksFile = hierarchical ? 'bks.csv' : 'bks_distance.csv';
const bks = new Map(
  readFileSync(path.join(folder, bksFile), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .map(([name, v, d]) => [name!.toUpperCase(), { vehicles: Number(v), distance: Number(d) }]),
);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.txt') && f.toUpperCase().includes(values.filter.toUpperCase()))
  .sort(naturalOrder);

console.log(
  `set=${values.set} objective=${hierarchical ? 'vehicles,distance' : 'distance'} time=${timeS}s/instance ` +
    `seed=${values.seed} cores used=1 (single thread) reference=${bksFile} distances=double precision` +
    (Object.keys(tuning).length ? ` tuning=${JSON.stringify(tuning)}` : ''),
);
console.log('instance   veh  bksVeh  distance   bksDist    gap%   time_s  iters  check');
const rows: { name: string; gap: number; vehicles: number; bksVehicles: number; time: number; iterations: number; ok: boolean }[] = [];
for (const file of files) {
  const inst = readSolomon(readFileSync(path.join(folder, file), 'utf8'));
  const name = path.basename(file, '.txt').toUpperCase();
  const ref = bks.get(name);
  const res = solveVrptw(inst, { timeLimitMs: timeS * 1000, seed: Number(values.seed), objective: hierarchical ? 'vehicles' : 'distance', ...tuning });
  const check = checkVrptw(inst, res.routes);
  const gap = ref ? (100 * (check.distance - ref.distance)) / ref.distance : NaN;
  rows.push({ name, gap, vehicles: check.vehicles, bksVehicles: ref?.vehicles ?? NaN, time: res.elapsedMs / 1000, iterations: res.iterations, ok: check.feasible });
  console.log(
    `${name.padEnd(9)} ${String(check.vehicles).padStart(4)} ${String(ref?.vehicles ?? '-').padStart(6)} ` +
      `${check.distance.toFixed(2).padStart(9)} ${String(ref?.distance ?? '-').padStart(9)} ${gap.toFixed(2).padStart(7)} ` +
      `${(res.elapsedMs / 1000).toFixed(2).padStart(7)} ${String(res.iterations).padStart(6)}  ${check.feasible ? 'ok' : 'INFEASIBLE ' + check.violations.slice(0, 2).join('; ')}`,
  );
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const classOf = (name: string) => /^[A-Z]+\d/.exec(name)?.[0] ?? name;
const classes = [...new Set(rows.map((r) => classOf(r.name)))];
console.log('\nclass   n  meanGap%  vehicles  bksVehicles  atBksVehicles');
for (const c of classes) {
  const rs = rows.filter((r) => classOf(r.name) === c);
  console.log(
    `${c.padEnd(6)} ${String(rs.length).padStart(2)} ${mean(rs.map((r) => r.gap)).toFixed(2).padStart(9)} ` +
      `${String(rs.reduce((a, r) => a + r.vehicles, 0)).padStart(9)} ${String(rs.reduce((a, r) => a + r.bksVehicles, 0)).padStart(12)} ` +
      `${String(rs.filter((r) => r.vehicles <= r.bksVehicles).length).padStart(14)}`,
  );
}
const allOk = rows.every((r) => r.ok);
console.log(
  `\nALL    ${rows.length} instances: mean gap ${mean(rows.map((r) => r.gap)).toFixed(3)}%  ` +
    `vehicles ${rows.reduce((a, r) => a + r.vehicles, 0)} (bks ${rows.reduce((a, r) => a + r.bksVehicles, 0)})  ` +
    `at-or-below BKS vehicles ${rows.filter((r) => r.vehicles <= r.bksVehicles).length}/${rows.length}  ` +
    `mean time ${mean(rows.map((r) => r.time)).toFixed(2)}s  checker: ${allOk ? 'all feasible' : 'SOME INFEASIBLE'}`,
);

const mem = process.memoryUsage();
console.log(
  `memory: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, V8 heap now ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB; ` +
    `mean iterations per second ${mean(rows.map((r) => r.iterations / r.time)).toFixed(0)}`,
);

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
