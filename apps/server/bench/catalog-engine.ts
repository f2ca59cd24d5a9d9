/**
 * The in-memory catalogue search without HTTP: builds the index from the benchmark database
 * (see catalog-search.ts) and runs the seeded query mix in this process, reporting build time,
 * memory and CPU time per search — figures that hold even when the machine is busy.
 *   npm run bench:catalog-engine -- [--searches 5000]
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/client.ts';
import { searchQuery } from '../src/modules/catalog/schema.ts';
import { searchCatalog } from '../src/modules/catalog/search.ts';
import { engineFor } from '../src/modules/catalog/search-engine/engine.ts';
import { queryMix } from './catalog-queries.ts';
import { benchDatabase, percentile } from './harness.ts';

const { values } = parseArgs({ options: { searches: { type: 'string', default: '5000' } } });
const { url } = benchDatabase('avain_bench_catalog');
const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
try {
  let started = performance.now();
  const cpu = process.cpuUsage();
  await engineFor(database.db).current();
  const built = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  console.log(
    `index built in ${((performance.now() - started) / 1000).toFixed(1)} s (${((built.user + built.system) / 1e6).toFixed(1)} s CPU); RSS ${Math.round(memory.rss / 1e6)} MB, heap ${Math.round(memory.heapUsed / 1e6)} MB`,
  );
  const mix = queryMix(1);
  const paths = Array.from({ length: Number(values.searches) }, () => mix.next());
  const queries = paths.map((p) => searchQuery.parse(Object.fromEntries(new URLSearchParams(p.split('?')[1]))));
  for (const q of queries.slice(0, 500)) await searchCatalog(database.db, q, new Date());
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  started = performance.now();
  const before = process.cpuUsage();
  for (const q of queries) {
    const t = performance.now();
    await searchCatalog(database.db, q, new Date());
    const took = performance.now() - t;
    times.push(took);
    const kind = `${q.q ? 'text' : 'filters only'}, ${q.sort === 'distance' ? 'by distance' : 'by relevance'}${q.openNow || q.walkInNow ? ', open now' : ''}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
  }
  const used = process.cpuUsage(before);
  times.sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(2);
  console.log(`${queries.length} searches: p50 ${ms(percentile(times, 50))} ms  p95 ${ms(percentile(times, 95))} ms  p99 ${ms(percentile(times, 99))} ms  max ${ms(times.at(-1)!)} ms`);
  for (const [kind, list] of [...byKind].sort()) {
    const sum = list.reduce((a, b) => a + b, 0);
    list.sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(36)} ${String(list.length).padStart(5)} searches  mean ${ms(sum / list.length)} ms  p95 ${ms(percentile(list, 95))} ms  (${((sum / times.reduce((a, b) => a + b, 0)) * 100).toFixed(0)} % of the time)`);
  }
  console.log(`CPU per search ${((used.user + used.system) / 1000 / queries.length).toFixed(2)} ms (one version read each included)`);
} finally {
  await database.close();
}
