import cluster from 'node:cluster';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedIfEmpty } from './seed/index.ts';

const config = loadConfig();
const started = performance.now();

const openServing = () => openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize });

/**
 * Migrations and first-start demo data run once, before any process serves requests. A single
 * process goes on serving with the same pool, so it is opened at the serving size.
 */
async function prepareDatabase(serving: boolean) {
  const database = serving ? await openServing() : await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  await database.migrate();
  const seeded = config.seedDemo ? await seedIfEmpty(database.db) : false;
  return { database, seeded };
}

async function serve(prepared?: Awaited<ReturnType<typeof prepareDatabase>>) {
  const database = prepared?.database ?? (await openServing());
  const app = await buildApp({ config, database });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // A burst of new connections (everyone booking when a clinic opens its calendar) must not overflow
  // Node's default listen queue of 511: the kernel would drop connects and clients retry seconds later.
  await app.listen({ port: config.port, host: config.host, backlog: 4096 });
  app.log.info(
    {
      database: database.kind,
      dataDir: database.kind === 'pglite' ? config.dataDir : undefined,
      demoDataLoaded: prepared?.seeded,
      readyAfterMs: Math.round(performance.now() - started),
      pid: process.pid,
    },
    'Avain ready',
  );
}

async function main() {
  const workers = config.databaseUrl ? config.workers : 1;
  if (config.workers > 1 && !config.databaseUrl) {
    console.warn('WORKERS > 1 needs DATABASE_URL: the embedded database serves one process. Starting one.');
  }
  if (workers === 1) return serve(await prepareDatabase(true));
  if (cluster.isPrimary) {
    const { database } = await prepareDatabase(false);
    await database.close();
    const listening = new Set<number>();
    cluster.on('listening', (worker) => listening.add(worker.id));
    cluster.on('exit', (worker, code, signal) => {
      if (signal === 'SIGTERM' || signal === 'SIGINT' || code === 0) return;
      // A worker that never came up would fail again: stop instead of looping.
      if (!listening.has(worker.id)) {
        console.error(`worker ${worker.process.pid} failed to start (exit ${code}); stopping`);
        for (const other of Object.values(cluster.workers ?? {})) other?.kill();
        process.exitCode = 1;
        return;
      }
      console.error(`worker ${worker.process.pid} exited with ${code}; starting another`);
      cluster.fork();
    });
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      });
    }
    for (let i = 0; i < workers; i++) cluster.fork();
    return;
  }
  return serve();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
