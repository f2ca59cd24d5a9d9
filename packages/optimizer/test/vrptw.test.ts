import { describe, expect, it } from 'vitest';
import { checkVrptw } from '../src/check/vrptw-check.ts';
import { hasData } from '../src/model/data-dir.ts';
import { readSolomon } from '../src/model/vrptw.ts';
import { solveVrptw } from '../src/solver/vrptw.ts';
import { randomInstance, solomon } from './helpers.ts';

describe('VRPTW', () => {
  it('reads the Solomon text format', () => {
    const inst = readSolomon(`R0\n\nVEHICLE\nNUMBER CAPACITY\n 3 50\n\nCUSTOMER\nCUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME\n\n 0 0 0 0 0 100 0\n 1 3 4 10 0 50 5\n`);
    expect(inst).toMatchObject({ name: 'R0', maxVehicles: 3, capacity: 50, x: [0, 3], due: [100, 50], service: [0, 5] });
    expect(() => readSolomon('nonsense')).toThrow(/VEHICLE/);
  });

  it('solves a random instance to a checker-feasible plan, deterministically for a seed', () => {
    const inst = randomInstance(40, 3);
    const a = solveVrptw(inst, { timeLimitMs: 60_000, seed: 4, maxIterations: 200 });
    const b = solveVrptw(inst, { timeLimitMs: 60_000, seed: 4, maxIterations: 200 });
    expect(a.routes).toEqual(b.routes);
    const check = checkVrptw(inst, a.routes);
    expect(check.violations).toEqual([]);
    expect(check.distance).toBeCloseTo(a.distance, 6);
  });

  it.skipIf(!hasData())('finds the optimum of C101 (828.94)', () => {
    const inst = solomon('C101');
    const res = solveVrptw(inst, { timeLimitMs: 600_000, maxIterations: 150, seed: 1 });
    const check = checkVrptw(inst, res.routes);
    expect(check.feasible).toBe(true);
    expect(check.distance).toBeCloseTo(828.94, 1);
  });

  it.skipIf(!hasData())('vehicle objective uses the fewest vehicles first', () => {
    const inst = solomon('R102');
    // iteration-capped (not timed) so the outcome does not depend on machine load
    const dist = solveVrptw(inst, { timeLimitMs: 600_000, maxIterations: 250, seed: 1 });
    const veh = solveVrptw(inst, { timeLimitMs: 600_000, maxIterations: 250, seed: 1, objective: 'vehicles' });
    expect(checkVrptw(inst, veh.routes).feasible).toBe(true);
    expect(veh.routes.length).toBeLessThan(dist.routes.length);
  });
});
