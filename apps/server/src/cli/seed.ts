import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { seedDemoData } from '../seed/index.ts';

// `npm run seed`: applies migrations and reloads the Oulu demo data (idempotent).
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
try {
  await database.migrate();
  await seedDemoData(database.db);
  console.log(`Demo data loaded into the ${database.kind === 'pglite' ? `embedded database at ${config.dataDir}` : 'PostgreSQL database'}.`);
} finally {
  await database.close();
}
