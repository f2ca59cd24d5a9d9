import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';
import { adminUrl, databaseUrl } from './pg-urls.ts';

export type Backend = 'pglite' | 'postgres';
export const backend = (): Backend => (process.env.AVAIN_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export interface TestDatabase {
  database: Database;
  /** The PostgreSQL URL of this database, when the backend is the server. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, on the backend of this test project. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (backend() === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `avain_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  const url = databaseUrl(name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
