import { AppError, type DenialReason, type ReferralSide, type Register, type Role } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit, type AuditEntry } from '../audit/service.ts';
import { organizationsAdministeredBy } from '../catalog/service.ts';
import { decide, denialText, loadClient, unitOfUser, type Accessor } from '../clients/service.ts';
import * as repo from './repo.ts';

/**
 * The producers for which the user receives referrals: the organisations they administer as a
 * producer, and — for service coordinators, the intake of their organisation — the organisation
 * their service unit belongs to. Other staff do not see every referral to their organisation:
 * a handover note is for the side that takes the client in, not for everyone employed there.
 */
export async function receivingOrganizations(db: DbOrTx, user: { id: string; role: Role }): Promise<string[]> {
  const [administered, unit] = await Promise.all([organizationsAdministeredBy(db, user.id), user.role === 'service_coordinator' ? unitOfUser(db, user.id) : undefined]);
  return [...new Set([...administered, ...(unit ? [unit.organizationId] : [])])];
}

/** The sides of one referral the user stands on: a referral within one organisation can make both. */
export function sidesOf(userId: string, receivingOrgs: readonly string[], referral: repo.ReferralRow): ReferralSide[] {
  return [...(receivingOrgs.includes(referral.organizationId) ? (['receiver'] as const) : []), ...(referral.referrerId === userId ? (['referrer'] as const) : [])];
}

/**
 * The receiving producer has no care relation with the client: the referral itself is its basis.
 * Each read and answer is written in the client's access log under that basis and in the
 * producer's name, so the client sees that, say, the association read the handover note.
 */
export function receiverAudit(who: Accessor, referral: repo.ReferralRow, verb: string, refusal?: string): AuditEntry {
  return {
    actor: { id: who.user.id, name: who.user.displayName, role: who.user.role },
    action: `client.referral.${verb}`,
    outcome: refusal ? 'denied' : 'success',
    resourceType: 'referral',
    resourceId: referral.id,
    clientId: referral.clientId,
    basis: refusal ? null : 'referral',
    reason: refusal ?? null,
    actorOrganization: referral.organizationName,
    register: referral.register,
    requestId: who.requestId,
    ip: who.ip,
  };
}

export async function loadReferral(db: DbOrTx, id: string): Promise<repo.ReferralRow> {
  const referral = await repo.findReferral(db, id);
  if (!referral) throw new AppError('not_found', 'No referral with this id.');
  return referral;
}

/** Refuses with the gate's own words and machine-readable reason. */
export const refusal = (reason: DenialReason) => new AppError('forbidden', denialText(reason), { reasons: [reason] });

/**
 * Opens one referral for reading: the receiving side on the referral basis, anyone else through
 * the client-data gate (the referrer, the responsible worker), each leaving one audit event.
 */
export async function openReferral(db: DbOrTx, who: Accessor, id: string, now: Date): Promise<repo.ReferralRow> {
  const referral = await loadReferral(db, id);
  if ((await receivingOrganizations(db, who.user)).includes(referral.organizationId)) {
    who.checked();
    await recordAudit(db, receiverAudit(who, referral, 'read'));
    return referral;
  }
  const decision = await decide(db, who, await loadClient(db, referral.clientId), referral.register as Register, 'read', 'referral', now);
  if (!decision.allowed) throw refusal(decision.reason);
  return referral;
}
