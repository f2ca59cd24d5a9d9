import type { SearchQuery } from '../schema.ts';
import type { Codebook, RowStore } from './rows.ts';
import { queryTokens } from './text-query.ts';

export type Facets = Record<string, Record<string, number>>;

/** Counts of each facet value over the matched rows; values and facets with no rows are left out. */
export function countFacets(rows: RowStore, matched: number[]): Facets {
  const { codes } = rows;
  const lifeCourse = new Int32Array(256);
  const serviceClass = new Int32Array(256);
  const producerType = new Int32Array(256);
  const area = new Int32Array(128);
  // Multi-valued columns are counted per combination of values, then per value: one increment a row.
  const channelSets = new Int32Array(1 << codes.channels.values.length);
  const languageSets = new Int32Array(1 << codes.languages.values.length);
  for (const row of matched) {
    lifeCourse[rows.lifeCourse[row]!]!++;
    serviceClass[rows.serviceClass[row]!]!++;
    producerType[rows.producerType[row]!]!++;
    if (rows.area[row]! >= 0) area[rows.area[row]!]!++;
    channelSets[rows.channels[row]!]!++;
    languageSets[rows.languages[row]!]!++;
  }
  const perValue = (sets: Int32Array) => {
    const counts = new Int32Array(32);
    sets.forEach((n, set) => {
      for (let bits = set; n > 0 && bits !== 0; bits &= bits - 1) counts[31 - Math.clz32(bits & -bits)]! += n;
    });
    return counts;
  };
  const channels = perValue(channelSets);
  const languages = perValue(languageSets);
  const facets: Facets = {};
  const put = (name: string, book: Codebook, counts: Int32Array) => {
    book.values.forEach((value, code) => {
      if (counts[code]! > 0) (facets[name] ??= {})[value] = counts[code]!;
    });
  };
  put('lifeCourseGroup', codes.lifeCourse, lifeCourse);
  put('serviceClass', codes.serviceClass, serviceClass);
  put('producerType', codes.producerType, producerType);
  put('area', codes.area, area);
  put('channel', codes.channels, channels);
  put('language', codes.languages, languages);
  return facets;
}

/**
 * What decides a query's matches, in a fixed order: queries sharing it share facet counts while
 * the index is unchanged. None for "open now", which changes by the minute.
 */
export function facetKey(query: SearchQuery): string | null {
  if (query.openNow || query.walkInNow) return null;
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort().join(',');
  return JSON.stringify([
    queryTokens(query.q ?? ''),
    sorted(query.lifeCourseGroup),
    sorted(query.serviceClass),
    sorted(query.producerType),
    sorted(query.area),
    sorted(query.channel),
    sorted(query.language),
    sorted(query.accessibility),
    query.free ?? false,
  ]);
}
