import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../src/config.ts';

/** What the HTTP benchmarks share: their database, the real server, and percentiles. */

/** The bench database's URL (BENCH_DATABASE_URL overrides) and its checked name. */
export function benchDatabase(defaultName: string) {
  const url = new URL(process.env.BENCH_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/${defaultName}`);
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return { url, name };
}

/** Runs `work` on the maintenance database of the server (`postgres`). */
export async function onServer<T>(url: URL, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(url: URL, name: string): Promise<void> {
  await onServer(url, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
}

/** The server as `npm start` runs it (production settings, log level warn); resolves once it is ready. */
export async function startServer(url: URL, port: number, workers: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'apps/server'),
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', WORKERS: String(workers), SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Whatever ends the benchmark, the server goes with it.
  process.once('exit', () => child.kill('SIGTERM'));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
    if (ready) return child;
    if (Date.now() > deadline) {
      await stopServer(child);
      throw new Error('the server did not become ready in 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Lets the last answers arrive, then stops the server and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
