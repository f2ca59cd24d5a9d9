import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../db/client.ts';
import { GENESIS_HASH } from '../modules/audit/chain.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { seedIfEmpty } from './index.ts';
import {
  BENCH_PASSWORD,
  batched,
  CLIENT_COLUMNS,
  clientRows,
  clientsRandom,
  CONSENT_COLUMNS,
  CONSENT_EVENT_COLUMNS,
  consentRows,
  copyLine,
  GUARDIANSHIP_COLUMNS,
  guardianshipRows,
  makeStaff,
  makeUnits,
  makeWorld,
  RELATION_COLUMNS,
  relationRows,
  USER_COLUMNS,
  userRows,
  type ClientsOptions,
  type Organization,
} from './synthetic-clients.ts';
import { AUDIT_COLUMNS, auditRows, ENTRY_COLUMNS, entryRows } from './synthetic-clients-rows.ts';

/**
 * Fills a fresh PostgreSQL database with the synthetic client population (synthetic-clients.ts)
 * fast: COPY streams, the loaded tables' keys, foreign keys and indexes dropped during the load
 * and built again afterwards, then VACUUM ANALYZE. Meant for an empty bench database only.
 */
const LOADED_TABLES = ['clients', 'guardianships', 'care_relations', 'record_entries', 'consents', 'consent_events', 'audit_events'];

export interface LoadReport {
  seconds: number;
  rows: Record<string, number>;
  databaseBytes: number;
  tableBytes: Record<string, number>;
}

type Log = (line: string) => void;

async function copy(client: pg.Client, table: string, columns: string, lines: Iterable<string>, log: Log): Promise<number> {
  const started = performance.now();
  let rows = 0;
  let report = 1_000_000;
  function* chunks() {
    for (const chunk of batched(lines)) {
      rows += chunk.rows;
      if (rows >= report) {
        const seconds = (performance.now() - started) / 1000;
        log(`  ${table}: ${rows.toLocaleString('en')} rows (${seconds.toFixed(0)} s, ${Math.round(rows / seconds).toLocaleString('en')} rows/s)`);
        report += 1_000_000;
      }
      yield chunk.text;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy ${table} (${columns}) from stdin`)));
  log(`${table}: ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return rows;
}

/** Drops the keys, foreign keys and indexes of the tables and returns the statements that rebuild them. */
async function dropIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const constraints = await client.query<{ drop: string; add: string; contype: string }>(
    `select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as drop,
            format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) as add, c.contype
       from pg_constraint c
      where c.contype in ('p', 'u', 'f')
        and (c.conrelid = any($1::text[]::regclass[]) or (c.contype = 'f' and c.confrelid = any($1::text[]::regclass[])))
      order by c.contype = 'f' desc, c.conname`,
    [tables],
  );
  const indexes = await client.query<{ drop: string; add: string }>(
    `select format('drop index %s', i.indexrelid::regclass) as drop, pg_get_indexdef(i.indexrelid) as add
       from pg_index i
      where i.indrelid = any($1::text[]::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)`,
    [tables],
  );
  // Foreign keys go first and come back last; keys and indexes in between.
  for (const row of [...constraints.rows, ...indexes.rows]) await client.query(row.drop);
  const foreign = constraints.rows.filter((c) => c.contype === 'f').map((c) => c.add);
  const keys = constraints.rows.filter((c) => c.contype !== 'f').map((c) => c.add);
  return [...keys, ...indexes.rows.map((i) => i.add), ...foreign];
}

export async function loadSyntheticClients(databaseUrl: string, options: ClientsOptions, log: Log): Promise<LoadReport> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const database = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    await database.migrate();
    if (await seedIfEmpty(database.db)) log('empty database: loaded the demo data first (areas, users, catalogue organisations)');
  } finally {
    await database.close();
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = Number((await client.query<{ n: string }>('select count(*) as n from clients')).rows[0]!.n);
    if (existing > 1000) throw new Error(`the database already holds ${existing} clients: generate only into a fresh database`);
    const organizations = (await client.query<Organization & { type: string }>('select id, name_fi as name, type from organizations order by code')).rows;
    const region = organizations.find((o) => o.type === 'public');
    if (!region) throw new Error('no public organisation (welfare region) in the catalogue');
    const last = (await client.query<{ seq: string; hash: string }>('select seq, hash from audit_events order by seq desc limit 1')).rows[0];

    const r = clientsRandom(options.seed);
    const units = makeUnits(r, organizations.filter((o) => o.type !== 'public'), region);
    const staff = makeStaff(r, units, options.staff);
    const world = makeWorld(options, r, units, staff);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    log(`${units.length} units, ${staff.length} staff, ${options.clients.toLocaleString('en')} clients in memory (${elapsed()})`);

    const rebuild = await dropIndexes(client, LOADED_TABLES);
    log(`dropped ${rebuild.length} keys, foreign keys and indexes of ${LOADED_TABLES.join(', ')} for the load`);
    const rows: Record<string, number> = {};
    rows.service_units = await copy(client, 'service_units', 'id, code, name_fi, register, organization_id, organization_name', units.map((u) => copyLine([u.id, u.code, u.nameFi, u.register, u.organizationId, u.organizationName])), log);
    rows.users = await copy(client, 'users', USER_COLUMNS, userRows(world, passwordHash), log);
    // The first member of each unit is its supervisor.
    rows.unit_memberships = await copy(client, 'unit_memberships', 'user_id, unit_id, supervisor', staff.map((s, i) => copyLine([s.id, units[s.unit]!.id, i < units.length])), log);
    rows.clients = await copy(client, 'clients', CLIENT_COLUMNS, clientRows(world, r), log);
    rows.guardianships = await copy(client, 'guardianships', GUARDIANSHIP_COLUMNS, guardianshipRows(world, r), log);
    rows.care_relations = await copy(client, 'care_relations', RELATION_COLUMNS, relationRows(world, r), log);
    const consentEvents: string[] = [];
    const consents = function* () {
      for (const [consent, event] of consentRows(world, r)) {
        consentEvents.push(event);
        yield consent;
      }
    };
    rows.consents = await copy(client, 'consents', CONSENT_COLUMNS, consents(), log);
    rows.consent_events = await copy(client, 'consent_events', CONSENT_EVENT_COLUMNS, consentEvents, log);
    consentEvents.length = 0;
    rows.record_entries = await copy(client, 'record_entries', ENTRY_COLUMNS, entryRows(world, r, options.entries), log);
    const link = { seq: Number(last?.seq ?? 0), hash: last?.hash ?? GENESIS_HASH };
    rows.audit_events = await copy(client, 'audit_events', AUDIT_COLUMNS, auditRows(world, r, options.auditEvents, link), log);
    log(`loaded (${elapsed()}); building keys and indexes`);

    await client.query(`set maintenance_work_mem = '1GB'`);
    for (const statement of rebuild) {
      const t = performance.now();
      await client.query(statement);
      log(`  ${statement.slice(0, 110)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
    log(`keys and indexes built (${elapsed()}); vacuum analyze`);
    await client.query('vacuum (analyze)');
    const dbName = (await client.query<{ name: string }>('select current_database() as name')).rows[0]!.name;
    const sizes = await client.query<{ name: string; bytes: string }>(
      `select relname as name, pg_total_relation_size(oid) as bytes from pg_class where relname = any($1) and relkind = 'r'`,
      [[...LOADED_TABLES, 'users', 'service_units']],
    );
    const databaseBytes = Number((await client.query<{ bytes: string }>('select pg_database_size(current_database()) as bytes')).rows[0]!.bytes);
    // The mark that the load finished: a bench run with --reuse checks it.
    await client.query(`comment on database ${client.escapeIdentifier(dbName)} is ${client.escapeLiteral(completeMark(options))}`);
    const seconds = (performance.now() - started) / 1000;
    log(`done in ${seconds.toFixed(0)} s; database ${(databaseBytes / 2 ** 30).toFixed(1)} GiB`);
    return { seconds, rows, databaseBytes, tableBytes: Object.fromEntries(sizes.rows.map((s) => [s.name, Number(s.bytes)])) };
  } finally {
    await client.end();
  }
}

export const completeMark = (options: ClientsOptions) => `avain synthetic clients ${JSON.stringify(options)}`;
