/**
 * Home-care benchmark: a synthetic Oulu day (default 1,000 visits, 60 staff, 5 % double-staffed),
 * solved for 10 s and 60 s; every plan goes through the independent checker. With --growth it also
 * measures time per iteration and memory at 100, 200 and 1,000 visits.
 *   npm run bench:homecare -- [--visits 1000 --staff 60] [--times 10,60] [--growth] [--seed 1]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { generateOuluDay } from '../src/homecare/generate.ts';
import { solveHomeCare } from '../src/homecare/solve.ts';

const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '1000' },
    staff: { type: 'string', default: '60' },
    times: { type: 'string', default: '10,60' },
    seed: { type: 'string', default: '1' },
    growth: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
console.log(`home-care benchmark, Oulu synthetic day, seed ${seed}; solver uses 1 core (single thread)`);

async function run(visits: number, staff: number, seconds: number) {
  const problem = generateOuluDay({ visits, staff, seed });
  const doubles = problem.visits.filter((v) => v.staffCount === 2).length;
  const t0 = performance.now();
  let firstFeasibleMs = NaN;
  const res = await solveHomeCare(problem, {
    timeLimitMs: seconds * 1000,
    seed,
    onProgress: (p) => {
      if (Number.isNaN(firstFeasibleMs)) firstFeasibleMs = p.elapsedMs;
    },
  });
  const wall = performance.now() - t0;
  const check = checkHomeCare(problem, res.solution);
  const o = res.solution.objective;
  const mem = process.memoryUsage();
  return { visits, staff, doubles, seconds, res, check, o, wall, mem };
}

console.log('visits staff double  limit_s  iters  assigned unassigned(wt)  travel_min  continuity  lateness       total  first_plan_s  checker');
for (const seconds of values.times.split(',').map(Number)) {
  const r = await run(Number(values.visits), Number(values.staff), seconds);
  const assigned = r.visits - r.res.solution.unassigned.length;
  console.log(
    `${String(r.visits).padStart(6)} ${String(r.staff).padStart(5)} ${String(r.doubles).padStart(6)} ${String(seconds).padStart(8)} ${String(r.res.iterations).padStart(6)} ` +
      `${String(assigned).padStart(9)} ${`${r.res.solution.unassigned.length}(${r.o.unassignedWeighted})`.padStart(16)} ${r.o.travelTime.toFixed(1).padStart(11)} ` +
      `${r.o.continuityPenalty.toFixed(0).padStart(11)} ${r.o.lateness.toFixed(1).padStart(9)} ${r.o.total.toFixed(1).padStart(11)} ` +
      `${((r.res.trace[0]?.[0] ?? 0) / 1000).toFixed(2).padStart(13)}  ${r.check.feasible && r.check.objectiveMatches ? 'ok' : 'FAIL ' + r.check.violations.slice(0, 3).join('; ')}`,
  );
}

if (values.growth) {
  console.log('\ngrowth (fixed 10 s per size; memory = process RSS / V8 heap after the run)');
  console.log('visits staff  iters  ms/iter  heap_MB  peak_rss_MB');
  for (const [v, s] of [
    [100, 6],
    [200, 12],
    [1000, 60],
  ] as const) {
    const r = await run(v, s, 10);
    console.log(
      `${String(v).padStart(6)} ${String(s).padStart(5)} ${String(r.res.iterations).padStart(6)} ${(r.res.elapsedMs / r.res.iterations).toFixed(2).padStart(8)} ` +
        `${(r.mem.heapUsed / 2 ** 20).toFixed(0).padStart(8)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(12)}`,
    );
  }
}
