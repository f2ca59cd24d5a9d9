/**
 * Catalogue search under load: a 100,000-service catalogue in PostgreSQL, the real server over
 * HTTP (production settings), autocannon sending a varied search mix at fixed concurrency.
 *   npm run bench:catalog -- [--reuse] [--workers 1] [--connections 10] [--duration 30]
 *     [--services 100000 --locations 20000 --seed 1]
 * BENCH_DATABASE_URL overrides postgresql://postgres@127.0.0.1:5432/avain_bench_catalog; the
 * database is dropped and made again unless --reuse finds the catalogue already there.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { loadSyntheticCatalog } from '../src/seed/synthetic-load.ts';
import { queryMix } from './catalog-queries.ts';
import { benchDatabase, onServer, percentile, recreateDatabase, startServer, stopServer } from './harness.ts';

const { values } = parseArgs({
  options: {
    reuse: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    services: { type: 'string', default: '100000' },
    locations: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '3987' },
  },
});
const { url, name: dbName } = benchDatabase('avain_bench_catalog');
const options = { services: Number(values.services), locations: Number(values.locations), seed: Number(values.seed) };

async function prepare() {
  const exists = await onServer(url, async (client) => (await client.query('select 1 from pg_database where datname = $1', [dbName])).rowCount === 1);
  if (values.reuse && exists) {
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await database.migrate();
    const [row] = await database.query<{ n: number }>(sql`select count(*)::int as n from services where code like 'gen-%'`);
    await database.close();
    if (row?.n === options.services) {
      console.log(`reusing ${dbName}: ${row.n} generated services`);
      return;
    }
  }
  await recreateDatabase(url, dbName);
  console.log(`created ${dbName}; generating ${options.services} services at ${options.locations} locations (seed ${options.seed})`);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  try {
    await database.migrate();
    await loadSyntheticCatalog(database.db, options, (line) => console.log(`  ${line}`));
  } finally {
    await database.close();
  }
}

async function load(port: number, seconds: number, seed: number) {
  const mix = queryMix(seed);
  const sent: string[] = [];
  const latencies: number[] = [];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: Number(values.connections),
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const next = mix.next();
          sent.push(next);
          return { ...request, path: next };
        },
      },
    ],
  }, (err, result) => (err ? reject(err) : resolve(result)));
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  const keys = new Set(sent.map(mix.matchKey));
  return { result, latencies, sent, distinctMatchKeys: keys.size, distinct: new Set(sent).size };
}

/** The server and its workers (Linux). */
function serverProcesses(pid: number): number[] {
  try {
    return [pid, ...readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number)];
  } catch {
    return [pid];
  }
}

/** Resident memory of the server and its workers, in MB. */
const rssMb = (pid: number): number[] =>
  serverProcesses(pid).map((p) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024));

/** CPU seconds the server and its workers have used (user + system; /proc counts in ticks of 1/100 s). */
const serverCpuSeconds = (pid: number): number =>
  serverProcesses(pid).reduce((sum, p) => {
    const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return sum + (Number(fields[11]) + Number(fields[12])) / 100;
  }, 0);

await prepare();
const port = Number(values.port);
const workers = Number(values.workers);
const server = await startServer(url, port, workers);
try {
  // Each process builds its in-memory index at start; the first searches wait for it.
  const indexStarted = performance.now();
  await Promise.all(Array.from({ length: workers * 4 }, () => fetch(`http://127.0.0.1:${port}/api/catalog/search?q=neuvola`).then((r) => r.text())));
  console.log(`first searches answered ${((performance.now() - indexStarted) / 1000).toFixed(1)} s after the server was ready (index build)`);
  await load(port, Number(values.warmup), 999);
  const serverCpuBefore = serverCpuSeconds(server.pid!);
  const ownCpuBefore = process.cpuUsage();
  const run = await load(port, Number(values.duration), options.seed);
  const serverCpu = serverCpuSeconds(server.pid!) - serverCpuBefore;
  const ownCpu = process.cpuUsage(ownCpuBefore);
  const { result, latencies } = run;
  const ms = (v: number) => v.toFixed(1);
  console.log(`\ncatalogue search, ${options.services} services / ${options.locations} locations, WORKERS=${workers}, ${result.connections} connections, ${result.duration} s`);
  console.log(`requests ${result.requests.total}  (${run.distinct} distinct URLs, ${run.distinctMatchKeys} distinct text+filter combinations)`);
  console.log(`latency ms  p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}  max ${ms(latencies.at(-1) ?? NaN)}`);
  console.log(`requests/s  ${(result.requests.total / result.duration).toFixed(0)}   non-2xx ${result.non2xx}   errors ${result.errors}   timeouts ${result.timeouts}`);
  // CPU a request is steadier than requests a second when the machine's speed varies; the load
  // generator shares the two cores, so its share is shown too.
  console.log(
    `CPU  server ${serverCpu.toFixed(1)} s (${((serverCpu * 1000) / result.requests.total).toFixed(3)} ms a request, ${((100 * serverCpu) / result.duration).toFixed(0)} % of a core)   load generator ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(1)} s`,
  );
  console.log(`RSS MB (primary first) ${rssMb(server.pid!).join(' / ')}`);
  console.log(`repeat share of text+filter combinations (upper bound of facet-cache hits) ${(100 * (1 - run.distinctMatchKeys / run.sent.length)).toFixed(1)} %`);
  if (result.non2xx > 0 || result.errors > 0) process.exitCode = 1;
} finally {
  await stopServer(server);
}
