import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkHomeCare } from '../src/check/homecare-check.ts';
import { generateOuluDay } from '../src/homecare/generate.ts';
import type { HomeCareSolution } from '../src/model/problem.ts';
import { problemSchema, solutionSchema } from '../src/model/schema.ts';

const run = promisify(execFile);
const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('CLI and schemas', () => {
  it('npm run optimize -- problem.json --time … writes a checked plan', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avain-opt-'));
    const problem = generateOuluDay({ visits: 30, staff: 3, seed: 4 });
    writeFileSync(path.join(dir, 'p.json'), JSON.stringify(problem));
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/optimize.ts', path.join(dir, 'p.json'), '--time', '0.5', '--seed', '1', '--out', path.join(dir, 's.json')], { cwd: pkg });
    expect(stderr).toMatch(/checker ok/);
    const sol = JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8')) as HomeCareSolution;
    expect(checkHomeCare(problem, sol).feasible).toBe(true);
    for (const key of solutionSchema.required) expect(sol).toHaveProperty(key);
  });

  it('schemas name the required fields of the model', () => {
    expect(problemSchema.required).toEqual(['visits', 'staff']);
    expect(Object.keys(problemSchema.properties.visits.items.properties)).toEqual(
      expect.arrayContaining(['windows', 'skills', 'priority', 'preferredStaff', 'refusedStaff', 'staffCount', 'pinned', 'type']),
    );
    expect(solutionSchema.properties.objective.required).toEqual(['unassignedWeighted', 'travelTime', 'continuityPenalty', 'lateness', 'total']);
  });
});
