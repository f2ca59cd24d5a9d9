/**
 * Client data under load: a million clients with 12 million record entries and an 8-million-row
 * audit trail in PostgreSQL, the real server over HTTP (production settings), autocannon at fixed
 * concurrency on (a) professionals opening client overviews and (b) residents reading their
 * access log, each request in another user's session.
 *   npm run bench:clients -- [--reuse] [--workers 1,2] [--connections 10] [--rate 0] [--duration 20]
 *     [--clients 1000000 --entries 12000000 --audit-events 8000000 --staff 3000 --residents 50000 --seed 1]
 *     [--staff-sessions 100 --resident-sessions 300] [--only overview|access-log]
 * BENCH_DATABASE_URL overrides postgresql://postgres@127.0.0.1:5432/avain_bench_clients; the
 * database is dropped and generated again unless --reuse finds a finished load of the same size.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_CLIENTS_OPTIONS, type ClientsOptions } from '../src/seed/synthetic-clients.ts';
import { completeMark, loadSyntheticClients } from '../src/seed/synthetic-clients-load.ts';
import { loginAll, runLoad, type LoadResult, type Target } from './clients-http.ts';
import { benchDatabase, onServer, recreateDatabase, startServer, stopServer } from './harness.ts';

const d = DEFAULT_CLIENTS_OPTIONS;
const { values } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1,2' },
    connections: { type: 'string', default: '10' },
    /** Requests a second over all connections; 0 sends as fast as the server answers. */
    rate: { type: 'string', default: '0' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    clients: { type: 'string', default: String(d.clients) },
    entries: { type: 'string', default: String(d.entries) },
    'audit-events': { type: 'string', default: String(d.auditEvents) },
    staff: { type: 'string', default: String(d.staff) },
    residents: { type: 'string', default: String(d.residents) },
    seed: { type: 'string', default: String(d.seed) },
    'staff-sessions': { type: 'string', default: '100' },
    'resident-sessions': { type: 'string', default: '300' },
    only: { type: 'string' },
    port: { type: 'string', default: '3988' },
  },
});
const options: ClientsOptions = {
  clients: Number(values.clients),
  entries: Number(values.entries),
  auditEvents: Number(values['audit-events']),
  staff: Number(values.staff),
  residents: Number(values.residents),
  seed: Number(values.seed),
};
if (!Object.values(options).every((v) => Number.isInteger(v) && v > 0)) throw new Error('sizes and seed must be positive whole numbers');
const { url, name: dbName } = benchDatabase('avain_bench_clients');
const databaseUrl = url.toString();
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

async function prepare() {
  const mark = await onServer(url, async (client) => {
    const { rows } = await client.query<{ mark: string | null }>(`select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1`, [dbName]);
    return rows[0]?.mark;
  });
  if (values.reuse && mark === completeMark(options)) {
    console.log(`reusing ${dbName} (${mark})`);
    return;
  }
  await recreateDatabase(url, dbName);
  console.log(`created ${dbName}; generating ${JSON.stringify(options)}`);
  const report = await loadSyntheticClients(databaseUrl, options, (line) => console.log(`  ${line}`));
  console.log(`\ngenerated in ${report.seconds.toFixed(0)} s; database ${gib(report.databaseBytes)}`);
  for (const [table, rows] of Object.entries(report.rows)) {
    console.log(`  ${table.padEnd(16)} ${rows.toLocaleString('en').padStart(12)} rows  ${report.tableBytes[table] === undefined ? '' : gib(report.tableBytes[table])}`);
  }
}

/** Professionals with active relations, each with up to 50 of their clients; residents with an account. */
async function sample(staffSessions: number, residentSessions: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const staff = await client.query<{ username: string; clients: string[] }>(
      `select u.username, (array_agg(cr.client_id order by md5(cr.id::text)))[1:50]::text[] as clients
         from care_relations cr join users u on u.id = cr.professional_id
        where u.username like 'gen-staff-%' and cr.starts_at <= now() and (cr.ends_at is null or cr.ends_at > now() + interval '1 hour')
        group by u.username order by md5(u.username) limit $1`,
      [staffSessions],
    );
    const residents = await client.query<{ username: string }>(
      `select u.username from clients c join users u on u.id = c.user_id where u.username like 'gen-asukas-%' order by md5(u.username) limit $1`,
      [residentSessions],
    );
    return { staff: staff.rows, residents: residents.rows.map((r) => r.username) };
  } finally {
    await client.end();
  }
}

async function auditCount() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ seq: string }>('select coalesce(max(seq), 0) as seq from audit_events');
  await client.end();
  return Number(rows[0]!.seq);
}

const ms = (v: number) => v.toFixed(1);
function print(label: string, workers: number, r: LoadResult) {
  const others = Object.entries(r.statuses).filter(([s]) => !s.startsWith('2'));
  const pace = Number(values.rate) > 0 ? `at most ${values.rate} requests/s` : 'as fast as answered';
  console.log(`\n${label}, WORKERS=${workers}, ${values.connections} connections ${pace}, ${r.seconds} s, ${r.distinct} distinct URL × session pairs`);
  console.log(`  latency ms  p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}`);
  console.log(`  requests/s  ${(r.requests / r.seconds).toFixed(0)}   non-2xx ${r.non2xx}${others.length ? ` (${others.map(([s, n]) => `${s}: ${n}`).join(', ')})` : ''}   errors ${r.errors}   timeouts ${r.timeouts}`);
  console.log(`  database sessions: ${r.activeStatements.toFixed(2)} running a statement, ${r.waitingForAuditLock.toFixed(2)} waiting for the audit-chain lock (means)`);
}

await prepare();
const picked = await sample(Number(values['staff-sessions']), Number(values['resident-sessions']));
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const serverEnv = { LOGIN_MAX_FAILURES_PER_USER: '1000000', LOGIN_MAX_FAILURES_PER_IP: '1000000', SESSION_IDLE_MINUTES: '240' };
const results: { label: string; workers: number; result: LoadResult; auditPerSecond?: number }[] = [];
let cookies: Map<string, string> | undefined;
for (const workers of values.workers.split(',').map(Number)) {
  const server = await startServer(url, port, workers, serverEnv);
  try {
    if (!cookies) {
      const t = performance.now();
      // Sessions live in the database, so one login per user serves every server run.
      cookies = await loginAll(base, [...picked.staff.map((s) => s.username), ...picked.residents]);
      console.log(`logged in ${picked.staff.length} professionals and ${picked.residents.length} residents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const overview: Target[] = picked.staff.flatMap((s) => s.clients.map((id) => ({ path: `/api/clients/${id}/overview`, cookie: cookies!.get(s.username)! })));
    const accessLog: Target[] = picked.residents.map((username) => ({ path: '/api/me/access-log?limit=50', cookie: cookies!.get(username)! }));
    const loads = [
      { label: 'professional client overview', targets: overview },
      { label: 'resident access log', targets: accessLog },
    ].filter((l) => !values.only || l.label.includes(values.only.replace('-', ' ')));
    for (const { label, targets } of loads) {
      const common = { port, connections: Number(values.connections), rate: Number(values.rate), targets, databaseUrl };
      await runLoad({ ...common, seconds: Number(values.warmup), seed: 999 });
      const before = await auditCount();
      const result = await runLoad({ ...common, seconds: Number(values.duration), seed: options.seed });
      const auditPerSecond = (await auditCount() - before) / result.seconds;
      print(label, workers, result);
      console.log(`  audit rows appended ${auditPerSecond.toFixed(0)}/s`);
      results.push({ label, workers, result, auditPerSecond });
      if (result.non2xx > 0 || result.errors > 0) process.exitCode = 1;
    }
  } finally {
    await stopServer(server);
  }
}
console.log('\n| what | WORKERS | p50 | p95 | p99 | req/s | non-2xx | audit rows/s |\n|---|---|---|---|---|---|---|---|');
for (const { label, workers, result: r, auditPerSecond } of results) {
  console.log(`| ${label} | ${workers} | ${ms(r.p50)} ms | ${ms(r.p95)} ms | ${ms(r.p99)} ms | ${(r.requests / r.seconds).toFixed(0)} | ${r.non2xx} | ${auditPerSecond?.toFixed(0) ?? ''} |`);
}
