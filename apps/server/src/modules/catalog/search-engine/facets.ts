import type { SearchQuery } from '../schema.ts';
import type { Codebook, RowStore } from './rows.ts';

export type Facets = Record<string, Record<string, number>>;

/** Counts of each facet value over the matched rows; values and facets with no rows are left out. */
export function countFacets(rows: RowStore, matched: ArrayLike<number>): Facets {
  const { codes, singleCombo, setCombo } = rows;
  // Two counters a row: one per combination of the single-valued columns, one of the sets.
  const singles = new Int32Array(rows.singleCombos.size);
  const sets = new Int32Array(rows.setCombos.size);
  for (let k = 0; k < matched.length; k++) {
    const row = matched[k]!;
    singles[singleCombo[row]!]!++;
    sets[setCombo[row]!]!++;
  }
  const lifeCourse = new Int32Array(256);
  const serviceClass = new Int32Array(256);
  const producerType = new Int32Array(256);
  const area = new Int32Array(256);
  singles.forEach((n, combo) => {
    if (n === 0) return;
    const packed = rows.singleCombos.packed[combo]!;
    lifeCourse[packed & 0xff]! += n;
    serviceClass[(packed >>> 8) & 0xff]! += n;
    producerType[(packed >>> 16) & 0xff]! += n;
    area[packed >>> 24]! += n; // the area's code + 1: 0 is "no area"
  });
  const channels = new Int32Array(32);
  const languages = new Int32Array(32);
  sets.forEach((n, combo) => {
    if (n === 0) return;
    const packed = rows.setCombos.packed[combo]!;
    for (let bits = packed & 0xffff; bits !== 0; bits &= bits - 1) channels[31 - Math.clz32(bits & -bits)]! += n;
    for (let bits = packed >>> 16; bits !== 0; bits &= bits - 1) languages[31 - Math.clz32(bits & -bits)]! += n;
  });
  const facets: Facets = {};
  const put = (name: string, book: Codebook, counts: Int32Array, offset = 0) => {
    book.values.forEach((value, code) => {
      if (counts[code + offset]! > 0) (facets[name] ??= {})[value] = counts[code + offset]!;
    });
  };
  put('lifeCourseGroup', codes.lifeCourse, lifeCourse);
  put('serviceClass', codes.serviceClass, serviceClass);
  put('producerType', codes.producerType, producerType);
  put('area', codes.area, area, 1);
  put('channel', codes.channels, channels);
  put('language', codes.languages, languages);
  return facets;
}

/**
 * What decides a query's matches before the hours filters, in a fixed order: what its words match
 * (see TextPlan.key) and its filters. Queries sharing it share their matched rows and facet counts
 * while the index is unchanged.
 */
export function matchKey(query: SearchQuery, text: { key: string } | null): string {
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort().join(',');
  return JSON.stringify([
    text?.key ?? null,
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
