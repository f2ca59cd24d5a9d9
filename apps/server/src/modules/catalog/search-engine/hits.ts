import type { EngineResult } from './execute.ts';
import type { Facets } from './facets.ts';
import { jsonBytes } from './rows.ts';
import { momentAt, OpenAtMoment } from './hours.ts';
import type { SearchIndex } from './snapshot.ts';

// Facet counts are shared by the searches remembering the same matches: their bytes too.
const facetBytes = new WeakMap<Facets, Buffer>();
function facetsJson(facets: Facets): Buffer {
  let bytes = facetBytes.get(facets);
  if (bytes === undefined) facetBytes.set(facets, (bytes = jsonBytes(facets)));
  return bytes;
}

const ITEMS = '{"items":[';

/**
 * The search page as the UTF-8 JSON of `searchResponse`: each hit's kept bytes (see HitBytes) and
 * its distance, open now and walk-in now, decided at the request's moment by the hours the filters use.
 * `allocate` gives the page's memory (see PageBuffers).
 */
export function pageJson(index: SearchIndex, result: EngineResult, now: Date, allocate: (length: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const { rows } = index;
  const moment = momentAt(now);
  const open = OpenAtMoment.of(index, moment, 'open');
  const walkIn = OpenAtMoment.of(index, moment, 'walkIn');
  const last = result.rows.length - 1;
  // The members after the kept bytes are ASCII: one byte a character.
  const tails = result.rows.map(({ row, distanceKm }, k) => {
    const distance = distanceKm === null ? 'null' : String(Math.round(distanceKm * 100) / 100);
    return `,"distanceKm":${distance},"openNow":${open.has(row)},"walkInNow":${rows.hasWalkIn[row] === 1 && walkIn.has(row)}}${k === last ? '' : ','}`;
  });
  // A cursor is base64url: ASCII, and JSON.stringify only quotes it.
  const end = `],"total":${result.total},"nextCursor":${JSON.stringify(result.nextCursor)},"facets":`;
  const facets = facetsJson(result.facets);
  let length = ITEMS.length + end.length + facets.length + 1;
  result.rows.forEach(({ row }, k) => (length += rows.hits.length(row) + tails[k]!.length));
  const out = allocate(length);
  let at = out.write(ITEMS, 0, 'latin1');
  result.rows.forEach(({ row }, k) => {
    at += rows.hits.copy(row, out, at);
    at += out.write(tails[k]!, at, 'latin1');
  });
  at += out.write(end, at, 'latin1');
  at += facets.copy(out, at);
  out.write('}', at, 'latin1');
  return out;
}
