import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { seedDemoData } from '../seed/index.ts';
import { adminUrl, databaseUrl } from './pg-urls.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
    pgSeededTemplate: string;
    pgliteSeededDump: string;
  }
}

/**
 * Prepares, once per run, what every test file copies: a migrated database and a migrated one
 * with the demo data. On PostgreSQL these are template databases (CREATE DATABASE … TEMPLATE
 * copies them in milliseconds); on PGlite a dump of the seeded data directory.
 */
export default async function setup(project: TestProject) {
  // The project's `env` reaches the test workers, not this setup: read it from the project.
  if (project.config.env?.AVAIN_TEST_DB !== 'postgres') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    await seedDemoData(database.db);
    const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'avain-pglite-')), 'seeded.tar');
    fs.writeFileSync(dump, Buffer.from(await (await database.dump!()).arrayBuffer()));
    await database.close();
    project.provide('pgliteSeededDump', dump);
    return async () => fs.rmSync(path.dirname(dump), { recursive: true, force: true });
  }

  const stamp = `${process.pid}_${Date.now().toString(36)}`;
  const template = `avain_tpl_${stamp}`;
  const seeded = `avain_tpl_seeded_${stamp}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const migrated = await openDatabase({ databaseUrl: databaseUrl(template), poolSize: 1 });
  await migrated.migrate();
  await migrated.close();
  await admin.query(`create database ${seeded} template ${template}`);
  const withDemo = await openDatabase({ databaseUrl: databaseUrl(seeded), poolSize: 1 });
  await seedDemoData(withDemo.db);
  await withDemo.close();
  project.provide('pgTemplate', template);
  project.provide('pgSeededTemplate', seeded);
  return async () => {
    for (const name of [seeded, template]) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
