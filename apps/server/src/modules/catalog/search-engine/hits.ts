import { isOpenAtMoment } from '@avain/domain';
import type { SearchHit } from '../schema.ts';
import type { PageRow } from './execute.ts';
import { momentAt } from './hours.ts';
import type { SearchIndex } from './snapshot.ts';

/**
 * The hits of a page from the rows' views in memory; open now and walk-in now are decided at the
 * request's moment from the location's weekly hours and exceptions.
 */
export function assembleHits(index: SearchIndex, page: PageRow[], now: Date): SearchHit[] {
  const moment = page.length > 0 ? momentAt(now) : null;
  return page.map(({ row, distanceKm }) => {
    const view = index.rows.views[row]!;
    const { weekly, exceptions } = view.location;
    return {
      id: view.id,
      service: view.service,
      organization: view.organization,
      location: view.location.summary,
      channels: view.channels,
      distanceKm: distanceKm === null ? null : Math.round(distanceKm * 100) / 100,
      openNow: isOpenAtMoment(moment!, weekly, exceptions),
      walkInNow: view.walkIn.length > 0 && isOpenAtMoment(moment!, view.walkIn, exceptions),
    };
  });
}
