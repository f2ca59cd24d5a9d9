import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.ts';
import { refreshSearchIndex } from '../modules/catalog/service.ts';
import { seedIfEmpty } from './index.ts';
import { SYNTHETIC_PREFIX, generatePlaces, generateServices, random, type SyntheticOptions } from './synthetic-catalog.ts';

type Row = Record<string, unknown>;

/**
 * Inserts rows (keyed by column name) in batches, each batch one statement with one JSON
 * parameter: no limit on bound parameters, and one round trip per few thousand rows.
 */
async function insertRows(db: DbOrTx, table: string, rows: Row[], batch = 2000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!)
    .map((c) => `"${c}"`)
    .join(', ');
  for (let i = 0; i < rows.length; i += batch) {
    const json = JSON.stringify(rows.slice(i, i + batch));
    await db.execute(sql`insert into ${sql.identifier(table)} (${sql.raw(columns)})
      select ${sql.raw(columns)} from json_populate_recordset(null::${sql.identifier(table)}, ${json}::json)`);
  }
}

export interface SyntheticCounts {
  organizations: number;
  locations: number;
  services: number;
  serviceAtLocations: number;
  searchRows: number;
}

/**
 * Replaces the generated part of the catalogue (codes starting with gen-) with a new one and
 * rebuilds the search index; the demo data is loaded first when the database is empty, because
 * the generated places belong to its welfare areas.
 */
export async function loadSyntheticCatalog(db: Db, options: SyntheticOptions, log: (line: string) => void): Promise<SyntheticCounts> {
  if (await seedIfEmpty(db)) log('empty database: loaded the demo data first (areas, users, demo catalogue)');
  const areas = ((await db.execute(sql`select id, code from welfare_areas`)) as unknown as { rows: { id: string; code: string }[] }).rows;
  const areaIds = new Map(areas.map((a) => [a.code, a.id]));
  const r = random(options.seed);
  const counts: SyntheticCounts = { organizations: 0, locations: 0, services: 0, serviceAtLocations: 0, searchRows: 0 };
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  await db.transaction(async (tx) => {
    const like = `${SYNTHETIC_PREFIX}%`;
    // Services first: their places and search rows go with them (cascades).
    await tx.execute(sql`delete from services where code like ${like}`);
    await tx.execute(sql`delete from locations where code like ${like}`);
    await tx.execute(sql`delete from organizations where code like ${like}`);
    log(`removed the previous generated catalogue (${elapsed()})`);

    const places = generatePlaces(options, r, areaIds);
    await insertRows(tx, 'organizations', places.organizations);
    await insertRows(tx, 'locations', places.locations);
    await insertRows(tx, 'opening_hours', places.openingHours);
    await insertRows(tx, 'opening_hour_exceptions', places.exceptions);
    counts.organizations = places.organizations.length;
    counts.locations = places.locations.length;
    log(`${counts.organizations} organisations, ${counts.locations} locations with opening hours (${elapsed()})`);

    let batch: { services: Row[]; lines: Row[]; sals: Row[] } = { services: [], lines: [], sals: [] };
    const flush = async () => {
      await insertRows(tx, 'services', batch.services);
      await insertRows(tx, 'service_price_lines', batch.lines);
      await insertRows(tx, 'service_at_locations', batch.sals);
      counts.services += batch.services.length;
      counts.serviceAtLocations += batch.sals.length;
      batch = { services: [], lines: [], sals: [] };
    };
    for (const s of generateServices(options, r, places)) {
      batch.services.push(s.service);
      batch.lines.push(...s.priceLines);
      batch.sals.push(...s.serviceAtLocations);
      if (batch.services.length === 5000) {
        await flush();
        if (counts.services % 20000 === 0) log(`${counts.services} services (${elapsed()})`);
      }
    }
    await flush();
    log(`${counts.services} services at ${counts.serviceAtLocations} places (${elapsed()})`);

    await refreshSearchIndex(tx);
    const [row] = ((await tx.execute(sql`select count(*)::int as n from service_search`)) as unknown as { rows: { n: number }[] }).rows;
    counts.searchRows = row?.n ?? 0;
    log(`search index rebuilt: ${counts.searchRows} rows (${elapsed()})`);
  });
  // Fresh statistics, so the planner knows the tables' new sizes before the first search.
  await db.execute(sql`analyze`);
  log(`done (${elapsed()})`);
  return counts;
}
