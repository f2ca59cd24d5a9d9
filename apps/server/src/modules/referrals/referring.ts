import { AppError, type ReferralStatus, type Register } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { publishedService } from '../catalog/service.ts';
import { actingTarget, decide, decideBoth, loadClient, unitOfUser, type Accessor } from '../clients/service.ts';
import { receivingOrganizations, refusal, sidesOf } from './access.ts';
import * as repo from './repo.ts';
import type { ReferralInput, StatusFilter } from './schema.ts';
import { myReferralView, referralViews, type Clock } from './views.ts';

export const statusesOf = (filter: StatusFilter): ReferralStatus[] | undefined => (filter === 'open' ? ['sent', 'accepted'] : filter ? [filter] : undefined);

/** Views of rows for this viewer, with the actions open to them on each. */
export async function viewsFor(db: Db, who: Accessor, rows: repo.ReferralRow[], clock: Clock, withPhone = true) {
  const receivingOrgs = await receivingOrganizations(db, who.user);
  return referralViews(db, rows, clock, (r) => sidesOf(who.user.id, receivingOrgs, r), withPhone);
}

/**
 * Refers the client to a published catalogue service of any producer. Writing the referral is
 * writing client data in the referrer's own register: it goes through the gate like an entry.
 */
export async function createReferral(db: Db, who: Accessor, clientId: string, input: ReferralInput, clock: Clock) {
  const client = await loadClient(db, clientId);
  const service = await publishedService(db, input.serviceId);
  if (!service) {
    throw new AppError('validation', 'No published service with this id.', { errors: [{ field: 'body.serviceId', message: 'No published service with this id.' }] });
  }
  const unit = await unitOfUser(db, who.user.id);
  if (!unit) {
    who.checked();
    throw new AppError('forbidden', 'Referrals are sent from a service unit, and your account belongs to none.');
  }
  const decision = await decide(db, who, client, unit.register as Register, 'write', 'referral', clock.now);
  if (!decision.allowed) throw refusal(decision.reason);
  const referral = await db.transaction(async (tx) => {
    const row = await repo.insertReferral(tx, {
      clientId: client.id,
      planId: input.planId ?? null,
      serviceId: service.id,
      serviceName: service.name,
      organizationId: service.organizationId,
      organizationName: service.organizationName,
      handoverNote: input.handoverNote.trim(),
      referrerId: who.user.id,
      referrerName: who.user.displayName,
      referrerUnitId: unit.id,
      register: unit.register,
      sentAt: clock.now,
    });
    await repo.insertEvent(tx, { referralId: row.id, status: 'sent', note: null, byId: who.user.id, byName: who.user.displayName, at: clock.now });
    return row;
  });
  return (await viewsFor(db, who, [referral], clock))[0]!;
}

/** The referrals the user has sent, newest first: the referrer's end of the loop. */
export async function sentReferrals(db: Db, who: Accessor, filter: StatusFilter, clock: Clock) {
  // The referrer's own work, written through the gate when sent; nothing of the client is read
  // anew, so the phone (live client data) is left to the views that ask the gate.
  who.checked();
  return viewsFor(db, who, await repo.referralsSentBy(db, who.user.id, statusesOf(filter)), clock, false);
}

/** A client's referrals in the registers the viewer may read (referrer, responsible worker, …). */
export async function clientReferrals(db: Db, who: Accessor, clientId: string, clock: Clock) {
  const client = await loadClient(db, clientId);
  const readable = (await decideBoth(db, who, client, 'referral', clock.now)).filter((d) => d.allowed).map((d) => d.register as string);
  const rows = (await repo.referralsOfClient(db, client.id)).filter((r) => readable.includes(r.register));
  return viewsFor(db, who, rows, clock);
}

/** The resident's own referrals, or those of a minor in their care: where to, and their status. */
export async function myReferrals(db: Db, who: Accessor, forId: string | undefined) {
  const target = await actingTarget(db, who, forId);
  const readable = (await decideBoth(db, who, target.client, 'referral')).filter((d) => d.allowed).map((d) => d.register as string);
  return (await repo.referralsOfClient(db, target.client.id)).filter((r) => readable.includes(r.register)).map(myReferralView);
}
