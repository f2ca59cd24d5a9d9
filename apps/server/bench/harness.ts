import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { startServerProcess, stopServerProcess } from '../src/test/server-process.ts';

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

/** The server as `npm start` runs it (production settings, log level warn), with WORKERS processes. */
export const startServer = (url: URL, port: number, workers: number, env: Record<string, string> = {}): Promise<ChildProcess> =>
  startServerProcess(url.toString(), port, { WORKERS: String(workers), ...env });

export const stopServer = (child: ChildProcess) => stopServerProcess(child);

export function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
