import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_PASSWORD } from '../src/seed/synthetic-clients.ts';
import { percentile } from './harness.ts';

/** Logging in over HTTP and sending a fixed-concurrency load where each request is a different user's. */

export interface Target {
  path: string;
  /** The Cookie header of the session the request is sent in. */
  cookie: string;
}

function remember(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** As the web app does: fetch the session (CSRF cookie and token), then POST the login with both. */
export async function login(base: string, username: string): Promise<string> {
  const jar = new Map<string, string>();
  const session = await fetch(`${base}/api/session`);
  remember(jar, session);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookieHeader(jar), 'x-csrf-token': csrfToken },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
  remember(jar, response);
  return cookieHeader(jar);
}

/** Logs everyone in, a few at a time (each login is an scrypt on the server). */
export async function loginAll(base: string, usernames: string[], parallel = 4): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < usernames.length) {
        const username = usernames[next++]!;
        cookies.set(username, await login(base, username));
      }
    }),
  );
  return cookies;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Distinct requests sent: URL and session. */
  distinct: number;
  /** Mean number of database sessions waiting for the audit chain's advisory lock. */
  waitingForAuditLock: number;
  /** Mean number of database sessions running a statement. */
  activeStatements: number;
}

/** Samples pg_stat_activity while the load runs: how many backends wait for the audit chain lock. */
function lockSampler(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const samples: { waiting: number; active: number }[] = [];
  let running: Promise<void> | undefined;
  let stopped = false;
  const sample = async () => {
    const { rows } = await client.query<{ waiting: number; active: number }>(
      `select count(*) filter (where wait_event_type = 'Lock' and wait_event = 'advisory')::int as waiting,
              count(*) filter (where state = 'active' and pid <> pg_backend_pid())::int as active
         from pg_stat_activity where datname = current_database()`,
    );
    samples.push(rows[0]!);
    setTimeout(() => {
      if (!stopped) running = sample();
    }, 50);
  };
  return {
    async start() {
      await client.connect();
      running = sample();
      await running;
    },
    async stop() {
      stopped = true;
      await running;
      await client.end();
      const mean = (f: (s: { waiting: number; active: number }) => number) => samples.reduce((a, s) => a + f(s), 0) / Math.max(1, samples.length);
      return { waiting: mean((s) => s.waiting), active: mean((s) => s.active) };
    },
  };
}

/**
 * Sends the targets in a seeded random order at fixed concurrency for `seconds`: as fast as the
 * server answers, or at most `rate` requests a second over all connections (0: no limit).
 */
export async function runLoad(options: { port: number; connections: number; rate?: number; seconds: number; targets: Target[]; seed: number; databaseUrl: string }): Promise<LoadResult> {
  let state = options.seed >>> 0;
  const nextIndex = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % options.targets.length;
  };
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const sessions = new Set<string>();
  const sampler = lockSampler(options.databaseUrl);
  await sampler.start();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `http://127.0.0.1:${options.port}`,
        connections: options.connections,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              const target = options.targets[nextIndex()]!;
              sessions.add(`${target.cookie} ${target.path}`);
              return { ...request, path: target.path, headers: { ...request.headers, cookie: target.cookie } };
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await done;
  const lock = await sampler.stop();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    non2xx: result.non2xx,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    distinct: sessions.size,
    waitingForAuditLock: lock.waiting,
    activeStatements: lock.active,
  };
}
