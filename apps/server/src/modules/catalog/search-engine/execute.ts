import { AppError } from '@avain/domain';
import type { SearchQuery } from '../schema.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { countFacets, facetKey, type Facets } from './facets.ts';
import { momentAt, openAt } from './hours.ts';
import { Selection } from './bitmaps.ts';
import { unitVector, type Codebook } from './rows.ts';
import type { SearchIndex } from './snapshot.ts';
import { matchText, scoreRows, type TextPlan } from './text-query.ts';
import { TopK } from './top-k.ts';

export interface PageRow {
  row: number;
  distanceKm: number | null;
}

export interface EngineResult {
  rows: PageRow[];
  total: number;
  nextCursor: string | null;
  facets: Facets;
}

const RADIANS = Math.PI / 180;
/** Great-circle distance in km, the formula the SQL search used. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

/** Squared chord between unit vectors for a great-circle distance in km. */
const chordSquared = (km: number) => (2 * Math.sin(km / 6371 / 2)) ** 2;
/** Chord lengths come from other arithmetic than the distance: compare with a margin. */
const SLACK = 1e-9;

/**
 * Offers the matched rows by distance. The exact distance (trigonometry) is computed only for rows
 * whose chord — a few multiplications — could place them on the page: after the cursor and
 * nearer than the farthest row kept so far.
 */
function offerNearest(index: SearchIndex, near: { lat: number; lon: number }, matched: number[], top: TopK) {
  const { rows } = index;
  const [x, y, z] = unitVector(near.lat, near.lon);
  const floor = top.floor === -Infinity ? -1 : chordSquared(top.floor) * (1 - SLACK) - SLACK;
  let bound = Infinity;
  let boundKey = Infinity;
  for (const row of matched) {
    const dx = rows.x[row]! - x;
    const dy = rows.y[row]! - y;
    const dz = rows.z[row]! - z;
    const chord = dx * dx + dy * dy + dz * dz;
    if (chord < floor) continue;
    if (top.bound !== boundKey) {
      boundKey = top.bound;
      bound = boundKey === Infinity ? Infinity : chordSquared(boundKey) * (1 + SLACK) + SLACK;
    }
    if (chord > bound) continue;
    top.offer(row, distanceKm(near.lat, near.lon, rows.lat[row]!, rows.lon[row]!));
  }
}

/** The rows passing the query's filters, out of the text's matches or of every row. */
function filterRows(index: SearchIndex, query: SearchQuery, candidates: number[] | null, now: Date): number[] {
  const { codes, bitmaps } = index.rows;
  const selection = new Selection(bitmaps);
  const bitmapsOf = (column: keyof typeof bitmaps.byColumn, book: Codebook, values: string[]) =>
    values.map((v) => {
      const code = book.find(v);
      return code === undefined ? undefined : bitmaps.byColumn[column][code];
    });
  // Any of the values: life-course group, class, producer type, area, channel, language.
  const anyOf: [keyof typeof bitmaps.byColumn, Codebook, string[] | undefined][] = [
    ['lifeCourse', codes.lifeCourse, query.lifeCourseGroup],
    ['serviceClass', codes.serviceClass, query.serviceClass],
    ['producerType', codes.producerType, query.producerType],
    ['area', codes.area, query.area],
    ['channels', codes.channels, query.channel],
    ['languages', codes.languages, query.language],
  ];
  for (const [column, book, values] of anyOf) if (values?.length) selection.any(bitmapsOf(column, book, values));
  // Every accessibility feature asked for.
  for (const feature of bitmapsOf('accessibility', codes.accessibility, query.accessibility ?? [])) selection.any([feature]);
  if (query.free) selection.any([bitmaps.free]);

  const selected = candidates ? candidates.filter((row) => selection.has(row)) : selection.rows();
  if (!query.openNow && !query.walkInNow) return selected;
  const moment = momentAt(now);
  const open = query.openNow ? openAt(index, moment, 'open') : () => true;
  const walkIn = query.walkInNow ? openAt(index, moment, 'walkIn') : () => true;
  return selected.filter((row) => open(row) && walkIn(row));
}

/**
 * One search over the in-memory index: text and filters, facet counts, relevance or distance
 * order (ties by id) and the page after the cursor.
 */
export function execute(index: SearchIndex, query: SearchQuery, plan: TextPlan | null, now: Date): EngineResult {
  const near = query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null;
  if (query.sort === 'distance' && !near) {
    throw new AppError('validation', 'Sorting by distance needs a position.', {
      errors: [{ field: 'query.lat', message: 'is required when sort=distance (with lon)' }],
    });
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const text = plan ? matchText(index, plan) : null;
  const matched = filterRows(index, query, text?.rows ?? null, now);
  const key = facetKey(query);
  let facets = key === null ? undefined : index.facets.get(key);
  if (!facets) {
    facets = countFacets(index.rows, matched);
    if (key !== null) index.facets.set(key, facets);
  }

  const { rows } = index;
  const distance = (row: number) => distanceKm(near!.lat, near!.lon, rows.lat[row]!, rows.lon[row]!);
  const top = new TopK(query.limit + 1, rows);
  top.after(cursor);
  if (query.sort === 'distance') offerNearest(index, near!, matched, top);
  else {
    const scores = plan && text ? scoreRows(index, plan, matched, text.stamp) : null;
    for (const row of matched) top.offer(row, scores ? -scores[row]! : 0);
  }
  const page = top.sorted();

  const shown = page.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    rows: shown.map(({ row }) => ({ row, distanceKm: near ? distance(row) : null })),
    total: matched.length,
    nextCursor: page.length > query.limit && last ? encodeCursor({ k: last.key, id: rows.ids[last.row]! }) : null,
    facets,
  };
}
