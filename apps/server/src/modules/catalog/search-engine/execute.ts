import { AppError } from '@avain/domain';
import type { SearchQuery } from '../schema.ts';
import { decodeCursor, encodeCursor, type Cursor } from './cursor.ts';
import { countFacets, matchKey, type Facets } from './facets.ts';
import { momentAt, OpenAtMoment } from './hours.ts';
import { Selection } from './bitmaps.ts';
import type { Codebook } from './rows.ts';
import { distanceKm, offerNearest, PlaceGrid, type Position } from './nearest.ts';
import type { Matches, Relevance, SearchIndex } from './snapshot.ts';
import { matchText, scoreRows, tokenKey, tokenRows, type TextPlan, type TokenPlan } from './text-query.ts';
import { pageInOrder, RankedHead, TopK } from './top-k.ts';

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

/** The rows passing the query's filters other than the hours, out of the text's matches or of every row. */
function filterRows(index: SearchIndex, query: SearchQuery, candidates: ArrayLike<number> | null): Int32Array {
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
  if (candidates) return selection.keep(candidates);
  // Without words the rows are shown in id order: kept in it, a page is a slice.
  return index.rows.inIdOrder ? selection.rows() : selection.keep(index.rows.idOrder());
}

/** The matched rows open (or open for walk-in) at the moment asked for. */
function openRows(index: SearchIndex, query: SearchQuery, rows: Int32Array, now: Date): Int32Array {
  const moment = momentAt(now);
  if (query.openNow) rows = OpenAtMoment.of(index, moment, 'open').keep(rows);
  if (query.walkInNow) rows = OpenAtMoment.of(index, moment, 'walkIn').keep(rows);
  return rows;
}

/**
 * The rows matching the query's words, dead ones included, and those of each word: remembered per
 * plan and per word while the index is unchanged, so a word searched again with others is not
 * matched again (a common word's rows cost milliseconds to gather).
 */
function textRows(index: SearchIndex, plan: TextPlan): Int32Array {
  let rows = index.texts.get(plan.key);
  if (!rows) index.texts.set(plan.key, (rows = matchText(plan, (token) => rowsOfToken(index, token))));
  return rows;
}

function rowsOfToken(index: SearchIndex, token: TokenPlan): Int32Array {
  const key = tokenKey(token);
  let rows = index.tokenRows.get(key);
  if (!rows) index.tokenRows.set(key, (rows = tokenRows(index, token)));
  return rows;
}

/**
 * The rows a query's text and filters match, with their facet counts: remembered per match key
 * while the index is unchanged, since residents repeat searches far more than they vary them.
 * The matches keep the order of the text's rows (see relevanceOf).
 */
function matchesOf(index: SearchIndex, query: SearchQuery, text: TextPlan | null): Matches {
  const key = matchKey(query, text);
  let matches = index.matches.get(key);
  if (!matches) {
    const rows = filterRows(index, query, text ? textRows(index, text) : null);
    matches = { key, rows, facets: countFacets(index.rows, rows) };
    index.matches.set(key, matches);
  }
  return matches;
}

/**
 * Relevance of the matches for the query's language (it decides which stems rank), remembered with
 * them. Scored once per words and language over all the text's rows, then picked out for the
 * matches, which are those rows filtered in order.
 */
function relevanceOf(index: SearchIndex, matches: Matches, text: TextPlan): Relevance {
  const key = `${text.rankKey}|${matches.key}`;
  const known = index.relevance.get(key);
  if (known && known.rows === matches.rows) return known;
  const candidates = textRows(index, text);
  const scoresKey = `${text.rankKey}|${text.key}`;
  let all = index.textScores.get(scoresKey);
  if (!all) index.textScores.set(scoresKey, (all = scoreRows(index, text, candidates)));
  const scores = new Float64Array(matches.rows.length);
  // Both are made again the same way after an eviction; the bound only guards against a hang.
  for (let k = 0, j = 0; k < matches.rows.length && j < candidates.length; k++, j++) {
    while (j < candidates.length - 1 && candidates[j] !== matches.rows[k]) j++;
    scores[k] = all[j]!;
  }
  const relevance: Relevance = { rows: matches.rows, scores, ranked: 0, head: null };
  index.relevance.set(key, relevance);
  return relevance;
}

/**
 * The page of the matches by relevance. Matches ranked a second time keep the head of their
 * ranking, so their first pages are slices (see RankedHead).
 */
function byRelevance(index: SearchIndex, relevance: Relevance, matches: Matches, matched: Int32Array, cursor: Cursor | null, count: number) {
  const scores = relevance.scores;
  if (matched === matches.rows) {
    if (!relevance.head && ++relevance.ranked >= 2) relevance.head = RankedHead.of(index.rows, matched, (k) => -scores[k]!);
    const page = relevance.head?.page(index.rows, cursor, count);
    if (page) return page;
  }
  const top = new TopK(count, index.rows);
  top.after(cursor);
  // The open rows are a subsequence of the matches: walk both to find each one's score.
  for (let k = 0, j = 0; k < matched.length; k++, j++) {
    while (matches.rows[j] !== matched[k]) j++;
    top.offer(matched[k]!, -scores[j]!);
  }
  return top.sorted();
}

/** Fewer matches than this are ordered by distance one by one: quicker than making a grid. */
const GRID_FROM = 512;

/**
 * The matches grouped by map cells, remembered with them; made the second time they are ordered
 * by distance (a grid costs a few passes over the rows, a page without one a single pass).
 */
function placesOf(index: SearchIndex, matches: Matches): PlaceGrid | null {
  const known = index.places.get(matches.key);
  if (known && known.matched === matches.rows) return known.grid;
  if (!matches.orderedByDistance) {
    matches.orderedByDistance = true;
    return null;
  }
  const grid = PlaceGrid.of(index.rows, matches.rows);
  index.places.set(matches.key, { matched: matches.rows, grid });
  return grid;
}

/** The page (one row more than asked) of matches ordered by distance or by relevance to the words. */
function ranked(index: SearchIndex, query: SearchQuery, matches: Matches, matched: Int32Array, text: TextPlan | null, near: Position | null, cursor: Cursor | null) {
  if (query.sort !== 'distance') return byRelevance(index, relevanceOf(index, matches, text!), matches, matched, cursor, query.limit + 1);
  const top = new TopK(query.limit + 1, index.rows);
  top.after(cursor);
  // The hours filters leave a subset of the matches: not worth a grid of its own.
  const grid = matched === matches.rows && matched.length >= GRID_FROM ? placesOf(index, matches) : null;
  if (grid) grid.offerNearest(index.rows, near!, top);
  else offerNearest(index.rows, near!, matched, top);
  return top.sorted();
}

/**
 * One search over the in-memory index: text and filters, facet counts, relevance or distance
 * order (ties by id) and the page after the cursor.
 */
export function execute(index: SearchIndex, query: SearchQuery, text: TextPlan | null, now: Date): EngineResult {
  const near = query.lat !== undefined && query.lon !== undefined ? { lat: query.lat, lon: query.lon } : null;
  if (query.sort === 'distance' && !near) {
    throw new AppError('validation', 'Sorting by distance needs a position.', {
      errors: [{ field: 'query.lat', message: 'is required when sort=distance (with lon)' }],
    });
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const matches = matchesOf(index, query, text);
  const byHours = query.openNow || query.walkInNow;
  const matched = byHours ? openRows(index, query, matches.rows, now) : matches.rows;
  const facets = byHours ? countFacets(index.rows, matched) : matches.facets;

  const { rows } = index;
  const distance = (row: number) => distanceKm(near!.lat, near!.lon, rows.lat[row]!, rows.lon[row]!);
  const page = query.sort === 'distance' || text ? ranked(index, query, matches, matched, text, near, cursor) : pageInOrder(rows, matched, null, cursor, query.limit + 1);

  const shown = page.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    rows: shown.map(({ row }) => ({ row, distanceKm: near ? distance(row) : null })),
    total: matched.length,
    nextCursor: page.length > query.limit && last ? encodeCursor({ k: last.key, id: rows.ids[last.row]! }) : null,
    facets,
  };
}
