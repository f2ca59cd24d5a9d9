import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

/** The engine's reads of the search rows and what their hits show; nothing here writes. */

/** Ids read from the database, so they are uuids and safe in an array literal. */
const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Db, statement: SQL) => ((await db.execute(statement)) as unknown as Rows<T>).rows;

export interface IndexVersion {
  version: number;
  /** The change log lists every change after this version. */
  changesSince: number;
}

export async function readVersion(db: Db): Promise<IndexVersion> {
  const [row] = await rowsOf<{ version: number; changes_since: number }>(
    db,
    sql`select version, changes_since from search_index_version where id = 1`,
  );
  return { version: Number(row?.version ?? 0), changesSince: Number(row?.changes_since ?? 0) };
}

/** Services whose rows changed after a version, at most `limit` of them. */
export async function changedServices(db: Db, after: number, limit: number): Promise<string[]> {
  const rows = await rowsOf<{ service_id: string }>(
    db,
    sql`select distinct service_id from search_index_changes where version > ${after} limit ${limit}`,
  );
  return rows.map((r) => r.service_id);
}

export interface LoadedRow {
  id: string;
  service_id: string;
  location_id: string;
  organization_id: string;
  area: string | null;
  life_course_group: string;
  service_class: string;
  producer_type: string;
  channels: string[];
  languages: string[];
  accessibility: string[];
  free: boolean;
  lat: number;
  lon: number;
  open_minutes: string;
  walk_in_minutes: string;
  document: string;
  terms: string[];
  sal_channels: string;
  s_name_fi: string;
  s_name_sv: string | null;
  s_name_en: string | null;
  s_summary_fi: string;
  s_summary_sv: string | null;
  s_summary_en: string | null;
  fee_type: string;
  o_name_fi: string;
  o_name_sv: string | null;
  o_name_en: string | null;
  o_type: string;
  l_name_fi: string;
  l_name_sv: string | null;
  l_name_en: string | null;
  l_type: string;
  street: string;
  postal_code: string;
  city: string;
}

/** Search rows with what their hits show: all of them a batch at a time (by id), or those of some services. */
export async function loadRows(db: Db, scope: { after: string | null; limit: number } | { services: string[] }): Promise<LoadedRow[]> {
  const where =
    'services' in scope
      ? sql`ss.service_id = any(${uuidArray(scope.services)})`
      : scope.after
        ? sql`ss.service_at_location_id > ${scope.after}::uuid`
        : sql`true`;
  const limit = 'services' in scope ? sql`` : sql`limit ${scope.limit}`;
  // The batch is chosen first: joined before the limit, the planner walks the joined tables from their start.
  return rowsOf<LoadedRow>(
    db,
    sql`with ss as materialized (select * from service_search ss where ${where} order by service_at_location_id ${limit})
    select ss.service_at_location_id as id, ss.service_id, ss.location_id, ss.organization_id, a.code as area,
      ss.life_course_group, ss.service_class, ss.producer_type, ss.channels, ss.languages, ss.accessibility, ss.free,
      ss.lat, ss.lon, ss.open_minutes::text as open_minutes, ss.walk_in_minutes::text as walk_in_minutes,
      ss.document::text as document, ss.terms, sal.channels::text as sal_channels,
      s.name_fi as s_name_fi, s.name_sv as s_name_sv, s.name_en as s_name_en,
      s.summary_fi as s_summary_fi, s.summary_sv as s_summary_sv, s.summary_en as s_summary_en, s.fee_type,
      o.name_fi as o_name_fi, o.name_sv as o_name_sv, o.name_en as o_name_en, o.type as o_type,
      l.name_fi as l_name_fi, l.name_sv as l_name_sv, l.name_en as l_name_en, l.type as l_type,
      l.street, l.postal_code, l.city
    from ss
    join service_at_locations sal on sal.id = ss.service_at_location_id
    join services s on s.id = ss.service_id
    join organizations o on o.id = ss.organization_id
    join locations l on l.id = ss.location_id
    left join welfare_areas a on a.id = ss.area_id
    order by ss.service_at_location_id`,
  );
}

export interface ExceptionRow {
  location_id: string;
  date: string;
  opens: string | null;
  closes: string | null;
}

/**
 * Dated exceptions to the hours of the given locations (all when omitted); the weekly hours come
 * with each row as minutes of the week.
 */
export function loadExceptions(db: Db, locationIds?: string[]): Promise<ExceptionRow[]> {
  const only = locationIds ? sql`location_id = any(${uuidArray(locationIds)})` : sql`true`;
  return rowsOf<ExceptionRow>(db, sql`select location_id, date::text as date, opens::text as opens, closes::text as closes from opening_hour_exceptions where ${only}`);
}

export async function loadTerms(db: Db): Promise<string[]> {
  return (await rowsOf<{ term: string }>(db, sql`select term from catalog_terms`)).map((r) => r.term);
}

/** Finnish, Swedish and English lexemes of a word, as to_tsvector gives them (none for a stop word). */
export async function stemWord(db: Db, word: string): Promise<{ fi: string; sv: string; en: string }> {
  const [row] = await rowsOf<{ fi: string; sv: string; en: string }>(
    db,
    sql`select to_tsvector('finnish', ${word})::text as fi, to_tsvector('swedish', ${word})::text as sv, to_tsvector('english', ${word})::text as en`,
  );
  return row!;
}
