import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
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

/**
 * A fresh database of its own for one test file, on the backend of this test project: migrated,
 * and with the demo data when `seeded` (a copy of the one seeded in the global setup).
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  if (backend() === 'pglite') {
    const loadDataDir = options.seeded ? new Blob([fs.readFileSync(inject('pgliteSeededDump'))]) : undefined;
    const database = await openDatabase({ dataDir: 'memory://', ...(loadDataDir ? { loadDataDir } : {}) });
    if (!loadDataDir) await database.migrate();
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `avain_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject(options.seeded ? 'pgSeededTemplate' : 'pgTemplate')}`);
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
