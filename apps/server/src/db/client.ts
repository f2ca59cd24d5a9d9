import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { repoRoot } from '../config.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type every module uses, whichever backend is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  /** PGlite only: the whole data directory as a tarball, to load elsewhere. */
  dump?: () => Promise<Blob>;
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL and returns its rows; used by migrations helpers, health checks and tests. */
  query<T = Record<string, unknown>>(statement: SQL): Promise<T[]>;
  /** Applies every migration not yet applied; safe on each start and from several processes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(repoRoot, 'apps/server/drizzle');

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Directory for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from this dumped data directory (tests load one seeded copy per file). */
  loadDataDir?: Blob;
}

// Both drivers answer `execute` with an object holding `rows`.
async function rowsOf<T>(db: Db, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover) must not bring the process down;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.warn(`database connection lost: ${err.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      query: (statement) => rowsOf(db, statement),
      migrate: async () => {
        // Several processes may start at once: one migrates while the others wait on the lock.
        const connection = await pool.connect();
        try {
          await connection.query('select pg_advisory_lock(727274)');
          await migratePg(drizzlePg(connection), { migrationsFolder });
        } finally {
          await connection.query('select pg_advisory_unlock(727274)').catch(() => undefined);
          connection.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const dataDir = options.dataDir ?? path.join(repoRoot, 'data');
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir, {
    extensions: { pg_trgm, btree_gist },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    query: (statement) => rowsOf(db, statement),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
    dump: async () => client.dumpDataDir('none'),
  };
}

/**
 * A query built once per database and then only executed with new parameters: for the few reads
 * every request makes (the session, say), where building the SQL each time cost more than running
 * it. On PostgreSQL it is also a named prepared statement, parsed and planned once per connection.
 * Inside a transaction, build the query as usual: a prepared one runs on the database's pool.
 */
export function preparedPerDatabase<P>(build: (db: Db) => P): (db: Db) => P {
  const built = new WeakMap<Db, P>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) built.set(db, (query = build(db)));
    return query;
  };
}

interface Preparable<R> {
  prepare(name: string): { execute(placeholderValues?: Record<string, unknown>): Promise<R> };
}

/**
 * A read with placeholders that is prepared once per database when it runs on the database (see
 * `preparedPerDatabase`), and prepared on the transaction's own connection inside one (a query
 * prepared on the database would run outside the transaction, on the pool).
 */
export function preparedRead<R>(name: string, build: (db: DbOrTx) => Preparable<R>): (db: DbOrTx, params: Record<string, unknown>) => Promise<R> {
  const onDatabase = preparedPerDatabase((db) => build(db).prepare(name));
  return (db, params) => ('rollback' in db ? build(db).prepare(name) : onDatabase(db as Db)).execute(params);
}
