import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { loadSyntheticCatalog } from '../seed/synthetic-load.ts';

/**
 * `npm run generate:catalog -- --services 100000 --locations 20000 [--seed 1]`: fills the
 * PostgreSQL database of DATABASE_URL with a large synthetic catalogue (for load tests) and
 * rebuilds the search index. Refuses the embedded database: this is not data to start by mistake.
 */
const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '100000' },
    locations: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
  },
});
const options = { services: Number(values.services), locations: Number(values.locations), seed: Number(values.seed) };
if (![options.services, options.locations, options.seed].every(Number.isInteger) || options.services < 1 || options.locations < 1) {
  console.error('--services, --locations and --seed must be whole numbers (services and locations at least 1)');
  process.exit(2);
}
const config = loadConfig();
if (!config.databaseUrl) {
  console.error('DATABASE_URL is not set: give the PostgreSQL database to fill (the generated catalogue never goes into the embedded one).');
  process.exit(2);
}
const target = new URL(config.databaseUrl);
console.log(
  `Generating ${options.services} services at ${options.locations} locations (seed ${options.seed}) into ${target.host}${target.pathname}; ` +
    'rows with codes gen-* are replaced, the rest of the catalogue stays.',
);
const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1 });
try {
  await database.migrate();
  const counts = await loadSyntheticCatalog(database.db, options, (line) => console.log(`  ${line}`));
  console.log(JSON.stringify(counts));
} finally {
  await database.close();
}
