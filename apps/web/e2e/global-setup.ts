import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eSeededDataDir: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Migrates and seeds one embedded database per run (with the server's own seed command); each
 * browser-test file's server starts on a copy of it instead of seeding its own.
 */
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avain-e2e-seeded-'));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/seed.ts'], {
    cwd: repoRoot,
    env: { ...env, DATA_DIR: dir, NODE_ENV: 'test' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Seeding the browser tests\' database failed');
  project.provide('e2eSeededDataDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
