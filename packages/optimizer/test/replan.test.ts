import { describe, expect, it } from 'vitest';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { generateOuluDay } from '../src/homecare/generate.ts';
import { solveHomeCare } from '../src/homecare/solve.ts';
import { replan } from '../src/replan.ts';

describe('re-planning', () => {
  const day = generateOuluDay({ visits: 80, staff: 7, seed: 5 });

  it('a nurse calls in sick: her visits move, the rest of the plan stays', async () => {
    const before = await solveHomeCare(day, { timeLimitMs: 30_000, maxIterations: 400, seed: 1 });
    const sick = before.solution.routes[0]!.staffId;
    const hers = before.solution.routes[0]!.visits.map((v) => v.visitId);
    const res = await replan(day, before.solution, [{ kind: 'staffAbsent', staffId: sick }], { timeLimitMs: 30_000, maxIterations: 200, seed: 1 });
    const check = checkHomeCare(res.problem, res.solution);
    expect(check.violations).toEqual([]);
    expect(res.solution.routes.some((r) => r.staffId === sick)).toBe(false);
    // every visit not touched by the absence keeps its staff
    const untouched = res.comparable - hers.length;
    expect(res.keptSameStaff).toBeGreaterThanOrEqual(Math.floor(0.9 * untouched));
    // most of her visits found a new nurse
    const rehomed = hers.filter((id) => res.solution.routes.some((r) => r.visits.some((v) => v.visitId === id)));
    expect(rehomed.length).toBeGreaterThan(0);
  });

  it('a visit is added: it gets planned and nothing else moves', async () => {
    const before = await solveHomeCare(day, { timeLimitMs: 30_000, maxIterations: 300, seed: 2 });
    const added = { id: 'new', location: day.visits[0]!.location, duration: 15, windows: [{ start: 600, end: 840 }] };
    const res = await replan(day, before.solution, [{ kind: 'visitAdded', visit: added }], { timeLimitMs: 30_000, maxIterations: 100, seed: 2 });
    expect(checkHomeCare(res.problem, res.solution).violations).toEqual([]);
    expect(res.solution.routes.some((r) => r.visits.some((v) => v.visitId === 'new'))).toBe(true);
    expect(res.keptSameStaff).toBeGreaterThanOrEqual(res.comparable - 3);
    expect(res.solution.unassigned.length).toBeLessThanOrEqual(before.solution.unassigned.length);
  });
});
