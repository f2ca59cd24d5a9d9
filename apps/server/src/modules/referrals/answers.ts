import { AppError, referralTransition, sideOf, type ReferralAction, type ReferralStatus, type Register } from '@avain/domain';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { decide, loadClient, type Accessor } from '../clients/service.ts';
import { loadReferral, receiverAudit, receivingOrganizations, refusal } from './access.ts';
import * as repo from './repo.ts';
import { viewsFor } from './referring.ts';
import type { AnswerInput } from './schema.ts';
import type { Clock } from './views.ts';

/** What each move records besides the status: who answered and when, and the answer's note. */
function changesOf(action: ReferralAction, referral: repo.ReferralRow, who: Accessor, note: string | null, now: Date): Partial<repo.NewReferral> {
  const answeredBy = { answeredAt: now, answeredById: who.user.id, answeredByName: who.user.displayName };
  switch (action) {
    case 'accept':
    case 'decline':
      return { ...answeredBy, responseNote: note };
    case 'complete':
      // A completion without words keeps what was said on accepting.
      return { completedAt: now, responseNote: note ?? referral.responseNote };
    case 'cancel':
      // The referrer's reason goes in the history; the receiving side's answer stays as it was.
      return {};
  }
}

/**
 * The receiving side may act on the referral basis; a refused attempt is written in the client's
 * log like any refusal. The referrer cancels through the gate, as a write in their own register.
 */
async function ensureMayAct(db: Db, who: Accessor, referral: repo.ReferralRow, action: ReferralAction, now: Date) {
  if (sideOf(action) === 'receiver') {
    who.checked();
    if (!(await receivingOrganizations(db, who.user)).includes(referral.organizationId)) {
      await recordAudit(db, receiverAudit(who, referral, action, 'not_receiving_organization'));
      throw new AppError('forbidden', 'Only the receiving producer answers a referral.', { reasons: ['not_receiving_organization'] });
    }
    return;
  }
  if (referral.referrerId !== who.user.id) {
    who.checked();
    throw new AppError('forbidden', 'Only the referrer may cancel a referral.', { reasons: ['not_referrer'] });
  }
  const decision = await decide(db, who, await loadClient(db, referral.clientId), referral.register as Register, 'write', 'referral', now);
  if (!decision.allowed) throw refusal(decision.reason);
}

const REASON_REQUIRED = 'Say why the referral is declined, so the referrer can find the client another service.';

/**
 * Moves a referral on by the state machine: the wrong state or someone else's newer change is a
 * conflict; the change, its history row and the receiver's audit event commit together.
 */
export async function answerReferral(db: Db, who: Accessor, referralId: string, action: ReferralAction, input: AnswerInput, clock: Clock) {
  const referral = await loadReferral(db, referralId);
  await ensureMayAct(db, who, referral, action, clock.now);
  const note = input.note?.trim() || null;
  const move = referralTransition(referral.status as ReferralStatus, action, sideOf(action), note);
  if (!move.ok) {
    if (move.reason === 'reason_required') throw new AppError('validation', REASON_REQUIRED, { errors: [{ field: 'body.note', message: REASON_REQUIRED }] });
    throw new AppError('conflict', `A referral that is ${referral.status} cannot be moved on by ${action}.`);
  }
  const stale = () => new AppError('conflict', 'Someone changed the referral in the meantime. Load it again and retry.');
  if (input.version !== referral.version) throw stale();
  const updated = await db.transaction(async (tx) => {
    const row = await repo.updateReferral(tx, referral.id, input.version, { status: move.to, ...changesOf(action, referral, who, note, clock.now) });
    if (!row) throw stale();
    await repo.insertEvent(tx, { referralId: row.id, status: move.to, note, byId: who.user.id, byName: who.user.displayName, at: clock.now });
    if (sideOf(action) === 'receiver') await recordAudit(tx, receiverAudit(who, row, action));
    return row;
  });
  return (await viewsFor(db, who, [updated], clock))[0]!;
}
