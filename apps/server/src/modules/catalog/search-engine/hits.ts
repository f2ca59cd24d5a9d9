import type { EngineResult } from './execute.ts';
import type { Facets } from './facets.ts';
import { jsonBytes } from './rows.ts';
import { momentAt, openAt } from './hours.ts';
import type { SearchIndex } from './snapshot.ts';

// Facet counts are shared by the searches remembering the same matches: their bytes too.
const facetBytes = new WeakMap<Facets, Buffer>();
function facetsJson(facets: Facets): Buffer {
  let bytes = facetBytes.get(facets);
  if (bytes === undefined) facetBytes.set(facets, (bytes = jsonBytes(facets)));
  return bytes;
}

/** Collects the pieces of a page: kept bytes, and short ASCII text (ids, numbers, literals). */
class PageWriter {
  private pieces: (Buffer | string)[] = [];
  private length = 0;

  bytes(piece: Buffer): this {
    this.pieces.push(piece);
    this.length += piece.length;
    return this;
  }

  /** ASCII only: one byte a character. */
  ascii(piece: string): this {
    this.pieces.push(piece);
    this.length += piece.length;
    return this;
  }

  done(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    let at = 0;
    for (const piece of this.pieces) {
      if (typeof piece === 'string') at += out.write(piece, at, 'latin1');
      else {
        out.set(piece, at);
        at += piece.length;
      }
    }
    return out;
  }
}

/**
 * The search page as the UTF-8 JSON of `searchResponse`: the hits from the rows' JSON in memory,
 * with open now and walk-in now decided at the request's moment by the same hours the filters use.
 */
export function pageJson(index: SearchIndex, result: EngineResult, now: Date): Buffer {
  const { rows } = index;
  const moment = momentAt(now);
  const open = openAt(index, moment, 'open');
  const walkIn = openAt(index, moment, 'walkIn');
  const page = new PageWriter().ascii('{"items":[');
  const last = result.rows.length - 1;
  result.rows.forEach(({ row, distanceKm }, k) => {
    const view = rows.views[row]!;
    const distance = distanceKm === null ? 'null' : String(Math.round(distanceKm * 100) / 100);
    page
      .bytes(view.head)
      .bytes(view.service)
      .bytes(view.organization)
      .bytes(view.location.summary)
      .bytes(view.channels)
      .ascii(`,"distanceKm":${distance},"openNow":${open(row)},"walkInNow":${view.walkIn.length > 0 && walkIn(row)}}${k === last ? '' : ','}`);
  });
  // A cursor is base64url: ASCII, and JSON.stringify only quotes it.
  page.ascii(`],"total":${result.total},"nextCursor":${JSON.stringify(result.nextCursor)},"facets":`).bytes(facetsJson(result.facets)).ascii('}');
  return page.done();
}
