import { describe, expect, it } from 'vitest';
import {
  actionsOpenTo,
  handoverNoteProblem,
  HANDOVER_NOTE_MIN_LENGTH,
  isClosedReferral,
  isUnanswered,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  referralTransition,
  sideOf,
  type ReferralAction,
  type ReferralStatus,
} from './referral.ts';

/** Every allowed move, written out once so the table below is checked against it exhaustively. */
const ALLOWED: [ReferralStatus, ReferralAction, ReferralStatus][] = [
  ['sent', 'accept', 'accepted'],
  ['sent', 'decline', 'declined'],
  ['accepted', 'complete', 'completed'],
  ['sent', 'cancel', 'cancelled'],
  ['accepted', 'cancel', 'cancelled'],
];

describe('referralTransition: the state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s by its own side', (from, action, to) => {
    expect(referralTransition(from, action, sideOf(action), 'Syy: ei tilaa ryhmässä')).toEqual({ ok: true, to });
  });

  it('refuses every other status and action pair as the wrong state', () => {
    for (const status of REFERRAL_STATUSES) {
      for (const action of REFERRAL_ACTIONS) {
        if (ALLOWED.some(([f, a]) => f === status && a === action)) continue;
        expect(referralTransition(status, action, sideOf(action), 'syy'), `${status} ${action}`).toEqual({ ok: false, reason: 'wrong_state' });
      }
    }
  });

  it('lets the receiver accept, decline and complete, and only the referrer cancel', () => {
    expect(sideOf('accept')).toBe('receiver');
    expect(sideOf('decline')).toBe('receiver');
    expect(sideOf('complete')).toBe('receiver');
    expect(sideOf('cancel')).toBe('referrer');
    expect(referralTransition('sent', 'accept', 'referrer')).toEqual({ ok: false, reason: 'wrong_side' });
    expect(referralTransition('accepted', 'complete', 'referrer')).toEqual({ ok: false, reason: 'wrong_side' });
    expect(referralTransition('sent', 'cancel', 'receiver')).toEqual({ ok: false, reason: 'wrong_side' });
  });

  it('checks the side before the state: a wrong-side attempt on a closed referral is still the wrong side', () => {
    expect(referralTransition('completed', 'cancel', 'receiver')).toEqual({ ok: false, reason: 'wrong_side' });
  });

  it('refuses a decline without a reason, blank or missing', () => {
    expect(referralTransition('sent', 'decline', 'receiver')).toEqual({ ok: false, reason: 'reason_required' });
    expect(referralTransition('sent', 'decline', 'receiver', '   ')).toEqual({ ok: false, reason: 'reason_required' });
    expect(referralTransition('sent', 'decline', 'receiver', null)).toEqual({ ok: false, reason: 'reason_required' });
  });

  it('needs no note to accept, complete or cancel', () => {
    expect(referralTransition('sent', 'accept', 'receiver')).toEqual({ ok: true, to: 'accepted' });
    expect(referralTransition('accepted', 'complete', 'receiver', null)).toEqual({ ok: true, to: 'completed' });
    expect(referralTransition('accepted', 'cancel', 'referrer', '')).toEqual({ ok: true, to: 'cancelled' });
  });

  it('names the closed statuses and the actions left open to each side', () => {
    expect(REFERRAL_STATUSES.filter(isClosedReferral)).toEqual(['declined', 'completed', 'cancelled']);
    expect(actionsOpenTo('sent', 'receiver')).toEqual(['accept', 'decline']);
    expect(actionsOpenTo('accepted', 'receiver')).toEqual(['complete']);
    expect(actionsOpenTo('sent', 'referrer')).toEqual(['cancel']);
    expect(actionsOpenTo('accepted', 'referrer')).toEqual(['cancel']);
    for (const closed of ['declined', 'completed', 'cancelled'] as const) {
      expect(actionsOpenTo(closed, 'receiver')).toEqual([]);
      expect(actionsOpenTo(closed, 'referrer')).toEqual([]);
    }
  });
});

describe('handoverNoteProblem: no sending on without a real note', () => {
  it('refuses a missing or blank note', () => {
    expect(handoverNoteProblem(undefined)).toBe('missing');
    expect(handoverNoteProblem(null)).toBe('missing');
    expect(handoverNoteProblem('')).toBe('missing');
    expect(handoverNoteProblem(' \n\t ')).toBe('missing');
  });

  it('refuses a note below the minimum, not counting surrounding whitespace', () => {
    expect(HANDOVER_NOTE_MIN_LENGTH).toBe(20);
    expect(handoverNoteProblem('Soita asiakkaalle.')).toBe('too_short');
    expect(handoverNoteProblem(`  ${'x'.repeat(19)}  `)).toBe('too_short');
  });

  it('accepts a note at exactly the minimum and above', () => {
    expect(handoverNoteProblem('x'.repeat(20))).toBeNull();
    expect(handoverNoteProblem('Asiakas on masentunut ja toivoo vertaistukea; sopii ryhmään.')).toBeNull();
  });

  it('refuses a note past the maximum', () => {
    expect(handoverNoteProblem('x'.repeat(4001))).toBe('too_long');
    expect(handoverNoteProblem('x'.repeat(4000))).toBeNull();
  });
});

describe('isUnanswered: the flag after the answer time', () => {
  const sentAt = new Date('2025-03-03T08:00:00Z');

  it('is not set before the limit, and is set at and after it', () => {
    expect(isUnanswered(sentAt, new Date('2025-03-06T07:59:59Z'), 72)).toBe(false);
    expect(isUnanswered(sentAt, new Date('2025-03-06T08:00:00Z'), 72)).toBe(true);
    expect(isUnanswered(sentAt, new Date('2025-03-10T08:00:00Z'), 72)).toBe(true);
  });

  it('takes an ISO string as well as a date, and fractional hours', () => {
    expect(isUnanswered('2025-03-03T08:00:00Z', new Date('2025-03-03T08:30:00Z'), 0.5)).toBe(true);
    expect(isUnanswered('2025-03-03T08:00:00+02:00', new Date('2025-03-03T06:29:00Z'), 0.5)).toBe(false);
  });

  it('never flags a referral that has been answered or closed', () => {
    const late = new Date('2025-04-01T00:00:00Z');
    expect(isUnanswered(sentAt, late, 72, 'sent')).toBe(true);
    for (const status of ['accepted', 'declined', 'completed', 'cancelled'] as const) expect(isUnanswered(sentAt, late, 72, status)).toBe(false);
  });
});
