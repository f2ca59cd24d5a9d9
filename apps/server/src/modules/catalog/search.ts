import { AppError, holidayOn, localMoment, type Language } from '@avain/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { SearchQuery } from './schema.ts';

const TS_CONFIG: Record<Language, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

/** Words of a query: letters and digits only, so nothing in them reaches tsquery syntax. */
export const queryTokens = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2)
    .slice(0, 8);

/** Known words close to a token that is not a known word itself: the typo correction. */
async function alternativesFor(db: Db, token: string): Promise<string[]> {
  if (token.length < 4) return [token];
  const rows = (await db.execute(sql`
    select term from catalog_terms
    where term % ${token} and similarity(term, ${token}) >= 0.45
    order by similarity(term, ${token}) desc, term limit 3`)) as unknown as { rows: { term: string }[] };
  const terms = rows.rows.map((r) => r.term);
  return terms.includes(token) ? [token] : [token, ...terms];
}

/** One token matches by stem in any language, by prefix, or inside a compound word (pg_trgm). */
function tokenCondition(alternatives: string[]): SQL {
  const parts = alternatives.flatMap((a) => [
    sql`ss.document @@ (to_tsquery('simple', ${`${a}:*`}) || plainto_tsquery('finnish', ${a}) || plainto_tsquery('swedish', ${a}) || plainto_tsquery('english', ${a}))`,
    sql`${a} <% ss.words`,
  ]);
  return sql`(${sql.join(parts, sql` or `)})`;
}

function rankExpression(alternatives: string[][], language: Language): SQL {
  if (alternatives.length === 0) return sql`0`;
  const flat = alternatives.flat();
  const ts = sql.join(
    flat.map((a) => sql`to_tsquery('simple', ${`${a}:*`}) || plainto_tsquery(${TS_CONFIG[language]}::regconfig, ${a})`),
    sql` || `,
  );
  const similarity = sql.join(flat.map((a) => sql`word_similarity(${a}, ss.words)`), sql`, `);
  return sql`(ts_rank_cd(ss.document, ${ts}) + greatest(${similarity}))`;
}

const distanceKm = (lat: number, lon: number) => sql`(6371 * 2 * asin(sqrt(
  power(sin(radians(ss.lat - ${lat}) / 2), 2) +
  cos(radians(${lat})) * cos(radians(ss.lat)) * power(sin(radians(ss.lon - ${lon}) / 2), 2))))`;

const inWeekRanges = (column: SQL, minute: number) =>
  sql`exists (select 1 from jsonb_array_elements(${column}) r where (r->>0)::int <= ${minute} and ${minute} < (r->>1)::int)`;

interface Cursor {
  k: number;
  id: string;
}
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(value: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    if (typeof c.k === 'number' && typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id)) return c;
  } catch {
    // fall through
  }
  throw new AppError('validation', 'The cursor is not one this server gave out.', {
    errors: [{ field: 'query.cursor', message: 'is not a valid cursor' }],
  });
}

export interface SearchRow {
  service_at_location_id: string;
  service_id: string;
  location_id: string;
  sort_key: number;
  distance_km: number | null;
  score: number;
}

export interface SearchResult {
  rows: SearchRow[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, Record<string, number>>;
}

/**
 * Finds published services at their locations: text (stems in fi/sv/en, prefixes, typos and
 * compound words), filters, relevance or distance order, facet counts and a cursor.
 */
export async function searchCatalog(db: Db, query: SearchQuery, now: Date): Promise<SearchResult> {
  const tokens = queryTokens(query.q ?? '');
  const alternatives = await Promise.all(tokens.map((t) => alternativesFor(db, t)));
  const moment = localMoment(now);

  const filters: SQL[] = alternatives.map(tokenCondition);
  const list = (column: SQL, values: string[] | undefined) => {
    if (values && values.length > 0) filters.push(sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`);
  };
  list(sql`ss.life_course_group`, query.lifeCourseGroup);
  list(sql`ss.service_class`, query.serviceClass);
  list(sql`ss.producer_type`, query.producerType);
  if (query.area?.length) {
    filters.push(sql`ss.area_id in (select id from welfare_areas where code in (${sql.join(query.area.map((v) => sql`${v}`), sql`, `)}))`);
  }
  if (query.channel?.length) filters.push(sql`ss.channels && ${`{${query.channel.join(',')}}`}::text[]`);
  if (query.language?.length) filters.push(sql`ss.languages && ${`{${query.language.join(',')}}`}::text[]`);
  if (query.accessibility?.length) filters.push(sql`ss.accessibility @> ${`{${query.accessibility.join(',')}}`}::text[]`);
  if (query.free) filters.push(sql`ss.free`);
  if (query.openNow) filters.push(openCondition(sql`ss.open_minutes`, moment));
  if (query.walkInNow) filters.push(openCondition(sql`ss.walk_in_minutes`, moment));
  const where = filters.length > 0 ? sql.join(filters, sql` and `) : sql`true`;

  const near = query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null;
  if (query.sort === 'distance' && !near) {
    throw new AppError('validation', 'Sorting by distance needs a position.', {
      errors: [{ field: 'query.lat', message: 'is required when sort=distance (with lon)' }],
    });
  }
  const distance = near ? distanceKm(near.lat, near.lon) : sql`null::float8`;
  const score = rankExpression(alternatives, query.lang);
  // Ascending sort key: distance, or negated relevance (name order breaks ties via the id).
  const sortKey = query.sort === 'distance' ? distance : sql`(-${score})`;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const after = cursor ? sql`where (sort_key, service_at_location_id) > (${cursor.k}::float8, ${cursor.id}::uuid)` : sql``;

  const page = (await db.execute(sql`
    with matched as (
      select ss.service_at_location_id, ss.service_id, ss.location_id,
        (${sortKey})::float8 as sort_key, (${distance})::float8 as distance_km, (${score})::float8 as score
      from service_search ss where ${where})
    select * from matched ${after}
    order by sort_key, service_at_location_id
    limit ${query.limit + 1}`)) as unknown as { rows: SearchRow[] };

  const facetRows = (await db.execute(sql`
    with matched as (select * from service_search ss where ${where})
    select 'lifeCourseGroup' as facet, life_course_group as value, count(*)::int as n from matched group by life_course_group
    union all select 'serviceClass', service_class, count(*)::int from matched group by service_class
    union all select 'producerType', producer_type, count(*)::int from matched group by producer_type
    union all select 'area', a.code, count(*)::int from matched m join welfare_areas a on a.id = m.area_id group by a.code
    union all select 'channel', c, count(*)::int from matched, unnest(channels) c group by c
    union all select 'language', l, count(*)::int from matched, unnest(languages) l group by l
    union all select 'total', 'all', count(*)::int from matched`)) as unknown as {
    rows: { facet: string; value: string; n: number }[];
  };
  const facets: Record<string, Record<string, number>> = {};
  let total = 0;
  for (const row of facetRows.rows) {
    if (row.facet === 'total') total = row.n;
    else (facets[row.facet] ??= {})[row.value] = row.n;
  }

  const rows = page.rows.slice(0, query.limit);
  const last = rows[rows.length - 1];
  const nextCursor =
    page.rows.length > query.limit && last ? encodeCursor({ k: Number(last.sort_key), id: last.service_at_location_id }) : null;
  return { rows, total, nextCursor, facets };
}

/**
 * Open at this local moment: an exception for today decides when there is one; otherwise the
 * weekly hours, except on public holidays.
 */
function openCondition(column: SQL, moment: ReturnType<typeof localMoment>): SQL {
  const time = `${String(Math.floor(moment.minuteOfDay / 60)).padStart(2, '0')}:${String(moment.minuteOfDay % 60).padStart(2, '0')}`;
  const exceptionToday = sql`select 1 from opening_hour_exceptions e where e.location_id = ss.location_id and e.date = ${moment.date}::date`;
  const openByException = sql`exists (${exceptionToday} and e.opens <= ${time}::time and ${time}::time < e.closes)`;
  if (holidayOn(moment.date)) return openByException;
  return sql`((${inWeekRanges(column, moment.minuteOfWeek)} and not exists (${exceptionToday})) or ${openByException})`;
}
