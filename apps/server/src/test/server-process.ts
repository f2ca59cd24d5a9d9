import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { serverNodeArgs } from '../../node-args.mjs';
import { repoRoot } from '../config.ts';

/**
 * The server as `npm start` runs it, in a process of its own on a PostgreSQL database; resolves
 * once it answers `/ready`. For the benchmarks and for tests that need a second real process.
 */
export async function startServerProcess(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  // SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") goes to the server's node only, for profiling.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...serverNodeArgs, ...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'apps/server'),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Whatever ends the run, the server goes with it.
  process.once('exit', () => child.kill('SIGTERM'));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
    if (ready) return child;
    if (Date.now() > deadline) {
      await stopServerProcess(child);
      throw new Error('the server did not become ready in 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Lets the last answers arrive, then stops the server and waits for it to exit. */
export async function stopServerProcess(child: ChildProcess, graceMs = 1000): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
