import { actionsOpenTo, ageOn, helsinkiDate, isUnanswered, type ReferralSide, type ReferralStatus, type Register } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { clientsByIds, fullName, type ClientRow } from '../clients/service.ts';
import type * as repo from './repo.ts';
import type { ReferralView } from './schema.ts';

/** The moment of the request and the configured answer time: what the unanswered flag needs. */
export interface Clock {
  now: Date;
  answerHours: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const unansweredAt = (r: repo.ReferralRow, clock: Clock) => isUnanswered(r.sentAt, clock.now, clock.answerHours, r.status as ReferralStatus);

function view(r: repo.ReferralRow, client: ClientRow | undefined, clock: Clock, sides: readonly ReferralSide[], withPhone: boolean): ReferralView {
  const status = r.status as ReferralStatus;
  return {
    id: r.id,
    client: {
      id: r.clientId,
      name: client ? fullName(client) : '',
      age: client ? ageOn(client.birthDate, helsinkiDate(clock.now)) : null,
      phone: withPhone ? (client?.phone ?? null) : null,
    },
    planId: r.planId,
    service: { id: r.serviceId, name: r.serviceName },
    organization: { id: r.organizationId, name: r.organizationName },
    handoverNote: r.handoverNote,
    status,
    responseNote: r.responseNote,
    referrer: { id: r.referrerId, name: r.referrerName, register: r.register as Register },
    answeredBy: r.answeredByName,
    sentAt: r.sentAt.toISOString(),
    answeredAt: iso(r.answeredAt),
    completedAt: iso(r.completedAt),
    unanswered: unansweredAt(r, clock),
    version: r.version,
    actions: sides.flatMap((side) => actionsOpenTo(status, side)),
  };
}

/**
 * Staff views of referrals with the clients' names and ages, and what the viewer may do. The
 * client's phone is live client data: it is shown only where an access decision was made.
 */
export async function referralViews(db: DbOrTx, rows: repo.ReferralRow[], clock: Clock, sidesFor: (r: repo.ReferralRow) => readonly ReferralSide[], withPhone = true) {
  const clients = new Map((await clientsByIds(db, [...new Set(rows.map((r) => r.clientId))])).map((c) => [c.id, c]));
  return rows.map((r) => view(r, clients.get(r.clientId), clock, sidesFor(r), withPhone));
}

/** The client's own view: where they were referred, by whom, and how far it has come. */
export const myReferralView = (r: repo.ReferralRow) => ({
  id: r.id,
  service: r.serviceName,
  organization: r.organizationName,
  referrer: r.referrerName,
  status: r.status as ReferralStatus,
  responseNote: r.responseNote,
  sentAt: r.sentAt.toISOString(),
  answeredAt: iso(r.answeredAt),
  completedAt: iso(r.completedAt),
});

export const eventView = (e: repo.ReferralEventRow) => ({ status: e.status as ReferralStatus, note: e.note, by: e.byName, at: e.at.toISOString() });
