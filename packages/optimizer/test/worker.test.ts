import { describe, expect, it } from 'vitest';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { generateOuluDay } from '../src/homecare/generate.ts';
import type { Progress } from '../src/solver/hgs.ts';
import { solveInWorker } from '../src/solver/run-in-worker.ts';
import { randomInstance } from './helpers.ts';

describe('worker thread', () => {
  it('solves a home-care day off the main thread and streams progress', async () => {
    const problem = generateOuluDay({ visits: 40, staff: 4, seed: 9 });
    const events: Progress[] = [];
    const res = await solveInWorker({ kind: 'homecare', problem, timeLimitMs: 1200, seed: 1 }, (p) => events.push(p));
    if (res.kind !== 'homecare') throw new Error('wrong kind');
    expect(checkHomeCare(problem, res.solution).violations).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)!.timeLimitMs).toBe(1200);
    expect(events.at(-1)!.bestCost).toBeCloseTo(res.solution.objective.total, 6);
  });

  it('solves a VRPTW instance in a worker', async () => {
    const res = await solveInWorker({ kind: 'vrptw', instance: randomInstance(25, 1), timeLimitMs: 500, seed: 1, objective: 'distance' });
    expect(res.kind === 'vrptw' && res.feasible).toBe(true);
  });

  it('reports solver errors', async () => {
    await expect(solveInWorker({ kind: 'homecare', problem: { visits: 'x' }, timeLimitMs: 100, seed: 1 })).rejects.toThrow(/visits must be an array/);
  });
});
