import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyAuditChain } from '../modules/audit/service.ts';

// `npm run audit:verify`: checks the whole audit chain; exit code 1 names the first broken row.
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
try {
  const started = performance.now();
  const result = await verifyAuditChain(database.db);
  const ms = Math.round(performance.now() - started);
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} events checked in ${ms} ms.`);
  } else {
    const b = result.firstBroken!;
    console.error(`Audit chain BROKEN at seq ${b.seq} (id ${b.id}): ${b.problem}. ${result.checked} events before it are intact.`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
