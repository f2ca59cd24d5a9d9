import { describe, expect, it } from 'vitest';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { generateOuluDay } from '../src/homecare/generate.ts';
import { solveHomeCare } from '../src/homecare/solve.ts';
import type { HomeCareProblem, HomeCareSolution } from '../src/model/problem.ts';
import { ProblemValidationError, validateProblem } from '../src/model/validate.ts';
import { flatMatrix, problem, staff, visit } from './homecare-helpers.ts';

const solve = async (p: HomeCareProblem, iterations = 300, seed = 1) => {
  const run = await solveHomeCare(p, { timeLimitMs: 20_000, maxIterations: iterations, seed });
  const check = checkHomeCare(p, run.solution);
  expect(check.violations).toEqual([]);
  expect(check.objectiveMatches).toBe(true);
  return run.solution;
};
const routeOf = (sol: HomeCareSolution, visitId: string) => sol.routes.filter((r) => r.visits.some((v) => v.visitId === visitId));
const planned = (sol: HomeCareSolution, visitId: string) => routeOf(sol, visitId).flatMap((r) => r.visits.filter((v) => v.visitId === visitId));

describe('home-care model', () => {
  it('respects hard time windows and reports impossible visits with a reason', async () => {
    const sol = await solve(
      problem(
        [visit('a', 1, { windows: [{ start: 600, end: 610 }] }), visit('late', 2, { windows: [{ start: 1000, end: 1010 }] })],
        [staff('s1')],
      ),
    );
    const a = planned(sol, 'a')[0]!;
    expect(a.start).toBeGreaterThanOrEqual(600);
    expect(a.start).toBeLessThanOrEqual(610);
    expect(sol.unassigned.map((u) => u.visitId)).toEqual(['late']);
    expect(sol.unassigned[0]!.reason).toMatch(/no feasible slot/);
    expect(sol.objective.unassignedWeighted).toBe(1);
  });

  it('uses the second of several windows and prices lateness of a soft window', async () => {
    const sol = await solve(
      problem(
        [
          visit('two', 1, { windows: [{ start: 400, end: 410 }, { start: 700, end: 720 }] }),
          visit('soft', 2, { windows: [{ start: 300, end: 400, soft: true, latenessPenalty: 2 }] }),
        ],
        [staff('s1')],
      ),
    );
    expect(planned(sol, 'two')[0]!.start).toBeGreaterThanOrEqual(700);
    const soft = planned(sol, 'soft')[0]!;
    expect(soft.start).toBeGreaterThan(400);
    expect(sol.objective.lateness).toBeCloseTo((soft.start - 400) * 2, 6);
  });

  it('gives skill visits only to qualified staff and never to refused staff', async () => {
    const sol = await solve(
      problem(
        [visit('med', 1, { skills: ['medication'] }), visit('ref', 2, { refusedStaff: ['s1'] }), visit('any', 3)],
        [staff('s1'), staff('nurse', { skills: ['medication'] })],
      ),
    );
    expect(routeOf(sol, 'med')[0]!.staffId).toBe('nurse');
    expect(routeOf(sol, 'ref')[0]!.staffId).toBe('nurse');
    const onlyUnqualified = await solve(problem([visit('med', 1, { skills: ['medication'] })], [staff('s1')]));
    expect(onlyUnqualified.unassigned[0]!.reason).toMatch(/skills/);
  });

  it('places the break inside its window without overlapping visits', async () => {
    const visits = Array.from({ length: 8 }, (_, i) => visit(`v${i}`, i + 1, { duration: 40 }));
    const sol = await solve(problem(visits, [staff('s1', { break: { start: 660, end: 750, duration: 30 } })]));
    const r = sol.routes[0]!;
    expect(r.break).toBeDefined();
    expect(r.break!.start).toBeGreaterThanOrEqual(660);
    expect(r.break!.end).toBeLessThanOrEqual(750);
    for (const v of r.visits) expect(v.end <= r.break!.start || v.start >= r.break!.end).toBe(true);
  });

  it('synchronises double-staffed visits: two different staff, same start', async () => {
    const sol = await solve(
      problem(
        [
          visit('pair', 1, { staffCount: 2, windows: [{ start: 540, end: 600 }] }),
          visit('x', 2, { windows: [{ start: 500, end: 520 }] }),
          visit('y', 3, { windows: [{ start: 480, end: 560 }], duration: 60 }),
        ],
        [staff('s1'), staff('s2'), staff('s3')],
      ),
    );
    const copies = planned(sol, 'pair');
    expect(copies).toHaveLength(2);
    expect(copies[0]!.start).toBe(copies[1]!.start);
    expect(new Set(routeOf(sol, 'pair').map((r) => r.staffId)).size).toBe(2);
  });

  it('prefers the client’s own nurse (continuity) when it costs no travel', async () => {
    const sol = await solve(
      problem([visit('c', 1, { preferredStaff: ['s2'] }), visit('d', 2, { preferredStaff: ['s1'] })], [staff('s1'), staff('s2')]),
    );
    expect(routeOf(sol, 'c')[0]!.staffId).toBe('s2');
    expect(routeOf(sol, 'd')[0]!.staffId).toBe('s1');
    expect(sol.objective.continuityPenalty).toBe(0);
  });

  it('keeps pinned visits on their staff and start', async () => {
    const sol = await solve(
      problem([visit('p', 1, { pinned: { staff: ['s2'], start: 700 } }), visit('q', 2)], [staff('s1'), staff('s2')]),
    );
    expect(routeOf(sol, 'p')[0]!.staffId).toBe('s2');
    expect(planned(sol, 'p')[0]!.start).toBe(700);
  });

  it('limits working time and shift end', async () => {
    const visits = Array.from({ length: 6 }, (_, i) => visit(`v${i}`, i + 1, { duration: 60 }));
    const sol = await solve(problem(visits, [staff('s1', { maxWorkMinutes: 200 })]));
    const r = sol.routes[0]!;
    expect(r.arrival - r.departure).toBeLessThanOrEqual(200);
    expect(sol.unassigned.length).toBeGreaterThan(0);
  });

  it('the checker catches a tampered plan', async () => {
    const p = problem([visit('a', 1, { windows: [{ start: 600, end: 610 }] })], [staff('s1')]);
    const sol = await solve(p);
    const bad: HomeCareSolution = {
      ...sol,
      routes: sol.routes.map((r) => ({ ...r, visits: r.visits.map((v) => ({ ...v, start: 700, end: 730 })) })),
    };
    expect(checkHomeCare(p, bad).feasible).toBe(false);
    const missing: HomeCareSolution = { ...sol, routes: [] };
    expect(checkHomeCare(p, missing).violations.join()).toMatch(/served 0 times/);
  });

  it('is deterministic for a seed', async () => {
    const p = generateOuluDay({ visits: 60, staff: 5, seed: 3 });
    const a = await solveHomeCare(p, { timeLimitMs: 60_000, maxIterations: 150, seed: 7 });
    const b = await solveHomeCare(p, { timeLimitMs: 60_000, maxIterations: 150, seed: 7 });
    expect(JSON.stringify(a.solution)).toBe(JSON.stringify(b.solution));
  });

  it('solves a generated Oulu day feasibly', async () => {
    const p = generateOuluDay({ visits: 150, staff: 10, seed: 2 });
    const run = await solveHomeCare(p, { timeLimitMs: 600_000, maxIterations: 1500, seed: 1 });
    const check = checkHomeCare(p, run.solution);
    expect(check.violations).toEqual([]);
    expect(check.objectiveMatches).toBe(true);
    expect(run.solution.unassigned.length).toBeLessThan(30);
  });

  it('rejects invalid input with every issue listed', async () => {
    await expect(solveHomeCare({ visits: [{ id: 'a' }], staff: [] }, { timeLimitMs: 10 })).rejects.toBeInstanceOf(ProblemValidationError);
    try {
      validateProblem({ visits: [visit('a', 5), visit('a', 99, { staffCount: 3 as 2 })], staff: [staff('s1')], travelMatrix: flatMatrix(6) });
    } catch (e) {
      expect((e as ProblemValidationError).issues.join('\n')).toMatch(/duplicate id a[\s\S]*outside travelMatrix[\s\S]*staffCount/);
    }
  });
});
