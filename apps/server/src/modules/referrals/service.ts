import { DEFAULT_REFERRAL_ANSWER_HOURS, type ReferralStatus, type Role } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { publishedService } from '../catalog/service.ts';
import { clientsByIds, fullName } from '../clients/service.ts';
import { receivingOrganizations } from './access.ts';
import * as repo from './repo.ts';
import { unansweredAt } from './views.ts';

/**
 * The user's referrals still waiting for an answer past the answer time (for their home page).
 * Pass the configured `REFERRAL_ANSWER_HOURS` (app.config.referralAnswerHours) as `hours`.
 */
export async function unansweredReferralsFor(db: DbOrTx, userId: string, now: Date, hours = DEFAULT_REFERRAL_ANSWER_HOURS) {
  const waiting = (await repo.referralsSentBy(db, userId, ['sent'])).filter((r) => unansweredAt(r, { now, answerHours: hours }));
  const clients = new Map((await clientsByIds(db, [...new Set(waiting.map((r) => r.clientId))])).map((c) => [c.id, fullName(c)]));
  return waiting.map((r) => ({
    referralId: r.id,
    clientId: r.clientId,
    clientName: clients.get(r.clientId) ?? '',
    serviceName: r.serviceName,
    organizationName: r.organizationName,
    sentAt: r.sentAt.toISOString(),
  }));
}

/** How many referrals wait for the user's producers to answer (a count only: nothing is read). */
export async function incomingReferralsCount(db: DbOrTx, user: { id: string; role: Role }): Promise<number> {
  return repo.countWaitingTo(db, await receivingOrganizations(db, user));
}

/** Referrals to a catalogue service without the web flow, for the demo seed. */
export async function saveReferralForSeed(
  db: DbOrTx,
  input: {
    clientId: string;
    serviceId: string;
    handoverNote: string;
    referrer: { id: string; name: string; unitId: string; register: 'social' | 'health' };
    planId?: string | null;
    sentAt?: Date;
    answer?: { status: Exclude<ReferralStatus, 'sent'>; note?: string | null; by: { id: string; name: string }; at: Date };
  },
): Promise<string> {
  const service = await publishedService(db, input.serviceId);
  if (!service) throw new Error(`No published service ${input.serviceId}`);
  const sentAt = input.sentAt ?? new Date();
  const answer = input.answer;
  const answered = answer && answer.status !== 'cancelled';
  const row = await repo.insertReferral(db, {
    clientId: input.clientId,
    planId: input.planId ?? null,
    serviceId: service.id,
    serviceName: service.name,
    organizationId: service.organizationId,
    organizationName: service.organizationName,
    handoverNote: input.handoverNote,
    status: answer?.status ?? 'sent',
    responseNote: answered ? (answer.note ?? null) : null,
    referrerId: input.referrer.id,
    referrerName: input.referrer.name,
    referrerUnitId: input.referrer.unitId,
    register: input.referrer.register,
    sentAt,
    answeredAt: answered ? answer.at : null,
    answeredById: answered ? answer.by.id : null,
    answeredByName: answered ? answer.by.name : null,
    completedAt: answer?.status === 'completed' ? answer.at : null,
  });
  await repo.insertEvent(db, { referralId: row.id, status: 'sent', note: null, byId: input.referrer.id, byName: input.referrer.name, at: sentAt });
  if (answer) await repo.insertEvent(db, { referralId: row.id, status: answer.status, note: answer.note ?? null, byId: answer.by.id, byName: answer.by.name, at: answer.at });
  return row.id;
}
