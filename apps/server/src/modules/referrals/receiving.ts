import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import type { Accessor } from '../clients/service.ts';
import { openReferral, receiverAudit, receivingOrganizations } from './access.ts';
import * as repo from './repo.ts';
import { statusesOf, viewsFor } from './referring.ts';
import type { StatusFilter } from './schema.ts';
import { eventView, type Clock } from './views.ts';

/**
 * The referrals to the user's producers, longest waiting first. The list shows each handover
 * note, so each listed referral is a read on the referral basis in that client's log.
 */
export async function incomingReferrals(db: Db, who: Accessor, filter: StatusFilter, clock: Clock) {
  who.checked();
  const rows = await repo.referralsTo(db, await receivingOrganizations(db, who.user), statusesOf(filter));
  if (rows.length > 0) await recordAudit(db, rows.map((r) => receiverAudit(who, r, 'read')));
  return viewsFor(db, who, rows, clock);
}

/** One referral with its history, for either side or anyone the gate lets read the client. */
export async function referralDetail(db: Db, who: Accessor, referralId: string, clock: Clock) {
  const referral = await openReferral(db, who, referralId, clock.now);
  const [view] = await viewsFor(db, who, [referral], clock);
  return { ...view!, events: (await repo.eventsOf(db, referral.id)).map(eventView) };
}
