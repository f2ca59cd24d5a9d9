import type { EngineResult } from './execute.ts';
import { facetsJson } from './facets.ts';
import { momentAt, openAt } from './hours.ts';
import type { SearchIndex } from './snapshot.ts';

// The parts of a hit shared by many rows (a service, its producer, a place, a channel list) are
// serialised once each: a page is then mostly the concatenation of strings already made.
const serialised = new WeakMap<object, string>();
function json(value: object): string {
  let text = serialised.get(value);
  if (text === undefined) serialised.set(value, (text = JSON.stringify(value)));
  return text;
}

/**
 * The search page as the JSON text of `searchResponse`: the hits from the rows' views in memory,
 * with open now and walk-in now decided at the request's moment by the same hours the filters use.
 */
export function pageJson(index: SearchIndex, result: EngineResult, now: Date): string {
  const { rows } = index;
  const moment = momentAt(now);
  const open = openAt(index, moment, 'open');
  const walkIn = openAt(index, moment, 'walkIn');
  const items = result.rows.map(({ row, distanceKm }) => {
    const view = rows.views[row]!;
    const distance = distanceKm === null ? 'null' : String(Math.round(distanceKm * 100) / 100);
    return (
      `{"id":"${view.id}","service":${json(view.service)},"organization":${json(view.organization)},"location":${json(view.location.summary)},` +
      `"channels":${json(view.channels)},"distanceKm":${distance},"openNow":${open(row)},"walkInNow":${view.walkIn.length > 0 && walkIn(row)}}`
    );
  });
  return `{"items":[${items.join(',')}],"total":${result.total},"nextCursor":${JSON.stringify(result.nextCursor)},"facets":${facetsJson(result.facets)}}`;
}
