import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { searchRowsChanging } from './search-engine/engine.ts';

// Minute-of-week ranges [[from, to], …] from weekly hours; Monday 00:00 = 0.
const minuteRanges = (rows: SQL, weekday: SQL, opens: SQL, closes: SQL) => sql`coalesce((
  select jsonb_agg(jsonb_build_array(
    ((${weekday}) - 1) * 1440 + (extract(epoch from (${opens})::time) / 60)::int,
    ((${weekday}) - 1) * 1440 + (extract(epoch from (${closes})::time) / 60)::int))
  from ${rows}), '[]'::jsonb)`;

/** How names and keywords split into words, for the vocabulary and each row's terms alike. */
const TERM_SPLIT = sql.raw(`'[^[:alnum:]åäöÅÄÖ]+'`);

/**
 * Rebuilds the search rows of the given services (all when omitted) from the catalogue tables:
 * only published services appear. Runs inside the caller's transaction.
 */
export async function refreshSearchIndex(db: DbOrTx, serviceIds?: string[]): Promise<void> {
  if (serviceIds && serviceIds.length === 0) return;
  // Before and after: this process's searches read the version until the change is surely seen.
  searchRowsChanging();
  const ids = serviceIds ? sql.join(serviceIds.map((id) => sql`${id}::uuid`), sql`, `) : null;
  const only = (column: SQL) => (ids ? sql`${column} in (${ids})` : sql`true`);
  await db.execute(sql`delete from service_search where ${only(sql`service_id`)}`);
  await db.execute(sql`
    insert into service_search (
      service_at_location_id, service_id, location_id, organization_id, area_id, life_course_group,
      service_class, producer_type, channels, languages, accessibility, free, lat, lon,
      open_minutes, walk_in_minutes, document, words, terms, name_fi)
    select sal.id, s.id, l.id, o.id, l.area_id, s.life_course_group, s.service_class, o.type,
      array(select distinct c->>'type' from jsonb_array_elements(sal.channels) c order by 1),
      s.languages, l.accessibility, s.fee_type = 'free', l.lat, l.lon,
      ${minuteRanges(sql`opening_hours oh where oh.location_id = l.id`, sql`oh.weekday`, sql`oh.opens`, sql`oh.closes`)},
      ${minuteRanges(
        sql`jsonb_array_elements(sal.channels) c, jsonb_array_elements(coalesce(c->'hours', '[]'::jsonb)) h where c->>'type' = 'walk_in'`,
        sql`(h->>'weekday')::int`,
        sql`h->>'opens'`,
        sql`h->>'closes'`,
      )},
      setweight(to_tsvector('finnish', s.name_fi), 'A')
        || setweight(to_tsvector('swedish', coalesce(s.name_sv, '')), 'A')
        || setweight(to_tsvector('english', coalesce(s.name_en, '')), 'A')
        || setweight(to_tsvector('simple', array_to_string(s.keywords, ' ')), 'B')
        || setweight(to_tsvector('finnish', array_to_string(s.keywords, ' ')), 'B')
        || setweight(to_tsvector('finnish', s.summary_fi), 'C')
        || setweight(to_tsvector('swedish', coalesce(s.summary_sv, '')), 'C')
        || setweight(to_tsvector('english', coalesce(s.summary_en, '')), 'C')
        || setweight(to_tsvector('simple', concat_ws(' ', o.name_fi, l.name_fi, l.city)), 'D'),
      w.words,
      array(select distinct t from regexp_split_to_table(w.words, ${TERM_SPLIT}) t where length(t) >= 3 order by 1),
      s.name_fi
    from services s
    join organizations o on o.id = s.organization_id
    cross join lateral (select lower(concat_ws(' ', s.name_fi, s.name_sv, s.name_en, array_to_string(s.keywords, ' '), o.name_fi)) as words) w
    join service_at_locations sal on sal.service_id = s.id
    join locations l on l.id = sal.location_id
    where s.status = 'published' and ${only(sql`s.id`)}`);
  await db.execute(sql`
    insert into catalog_terms (term)
    select distinct w from service_search ss,
      unnest(ss.terms) w
    where ${only(sql`ss.service_id`)}
    on conflict do nothing`);
  searchRowsChanging();
}
