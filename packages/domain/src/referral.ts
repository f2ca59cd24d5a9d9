/**
 * Closed-loop referrals: a professional refers a client to a catalogue service of any producer,
 * and the loop stays open until the receiving side answers. Pure rules only: which transition
 * each side may make, when an unanswered referral is flagged, and what makes a handover note
 * good enough that the client need not tell their story again ("no sending on").
 */

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'cancelled'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['accept', 'decline', 'complete', 'cancel'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** The receiving producer answers and completes; the referrer may only take the referral back. */
export type ReferralSide = 'receiver' | 'referrer';

interface Transition {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: ReferralSide;
}

const TRANSITIONS: Record<ReferralAction, Transition> = {
  accept: { from: ['sent'], to: 'accepted', by: 'receiver' },
  decline: { from: ['sent'], to: 'declined', by: 'receiver' },
  complete: { from: ['accepted'], to: 'completed', by: 'receiver' },
  cancel: { from: ['sent', 'accepted'], to: 'cancelled', by: 'referrer' },
};

export type TransitionResult =
  | { ok: true; to: ReferralStatus }
  | { ok: false; reason: 'wrong_side' | 'wrong_state' | 'reason_required' };

/** A referral in one of these statuses is closed: nobody changes it any more. */
export const isClosedReferral = (status: ReferralStatus) => status === 'declined' || status === 'completed' || status === 'cancelled';

/** The side that makes an action (who may press which button). */
export const sideOf = (action: ReferralAction): ReferralSide => TRANSITIONS[action].by;

/** A decline must say why, so the referrer can find the client another service. */
export const needsReason = (action: ReferralAction) => action === 'decline';

/**
 * Whether `side` may make `action` on a referral in `status`, and the status it leads to. The
 * side is checked first: a wrong-side attempt is refused whatever the state.
 */
export function referralTransition(status: ReferralStatus, action: ReferralAction, side: ReferralSide, note?: string | null): TransitionResult {
  const t = TRANSITIONS[action];
  if (t.by !== side) return { ok: false, reason: 'wrong_side' };
  if (!t.from.includes(status)) return { ok: false, reason: 'wrong_state' };
  if (needsReason(action) && (note ?? '').trim() === '') return { ok: false, reason: 'reason_required' };
  return { ok: true, to: t.to };
}

/** The actions open to a side on a referral in a status, for showing only the buttons that work. */
export const actionsOpenTo = (status: ReferralStatus, side: ReferralSide): ReferralAction[] =>
  REFERRAL_ACTIONS.filter((a) => TRANSITIONS[a].by === side && TRANSITIONS[a].from.includes(status));

/**
 * A handover note shorter than this cannot carry the client's situation and the reason for the
 * referral; "see attached" or "please call" would make the client tell it all again.
 */
export const HANDOVER_NOTE_MIN_LENGTH = 20;
export const HANDOVER_NOTE_MAX_LENGTH = 4000;

export type HandoverNoteProblem = 'missing' | 'too_short' | 'too_long';

/** Why a handover note cannot be sent, or null when it can. Whitespace does not count. */
export function handoverNoteProblem(note: string | null | undefined): HandoverNoteProblem | null {
  const text = (note ?? '').trim();
  if (text === '') return 'missing';
  if (text.length < HANDOVER_NOTE_MIN_LENGTH) return 'too_short';
  if (text.length > HANDOVER_NOTE_MAX_LENGTH) return 'too_long';
  return null;
}

/** Hours the receiving side has to answer before the referrer is told, unless configured. */
export const DEFAULT_REFERRAL_ANSWER_HOURS = 72;

/**
 * Whether a referral sent at `sentAt` has waited for an answer longer than `hours` by `now`. Only
 * a referral still in `sent` can be unanswered; the caller passes its status.
 */
export function isUnanswered(sentAt: Date | string, now: Date, hours: number, status: ReferralStatus = 'sent'): boolean {
  if (status !== 'sent') return false;
  const sent = typeof sentAt === 'string' ? new Date(sentAt) : sentAt;
  return now.getTime() - sent.getTime() >= hours * 3_600_000;
}
