import { describe, expect, it } from 'vitest';
import { decideCentreChoice, nextChangeFrom } from './centre-choice.ts';

const chosen = (id: string, iso: string) => ({ centreLocationId: id, chosenAt: new Date(iso) });

describe('decideCentreChoice', () => {
  it('allows the first choice at any time', () => {
    expect(decideCentreChoice([], 'tuira', new Date('2026-11-23T10:00:00Z'))).toEqual({ allowed: true });
  });

  it('refuses choosing the centre that is already chosen', () => {
    expect(decideCentreChoice([chosen('tuira', '2020-01-01T00:00:00Z')], 'tuira', new Date('2026-11-23T10:00:00Z'))).toEqual({
      allowed: false,
      reason: 'same_centre',
    });
  });

  it('refuses a change within a year of the last choice and says from when it is possible', () => {
    const decision = decideCentreChoice([chosen('tuira', '2026-03-01T08:00:00Z')], 'kaakkuri', new Date('2027-02-28T23:00:00Z'));
    expect(decision).toEqual({ allowed: false, reason: 'too_soon', possibleFrom: new Date('2027-03-01T08:00:00Z') });
  });

  it('allows a change a full year after the last choice, judged by the newest one', () => {
    const history = [chosen('tuira', '2026-03-01T08:00:00Z'), chosen('kaakkuri', '2024-01-01T08:00:00Z')];
    expect(decideCentreChoice(history, 'kaakkuri', new Date('2027-03-01T08:00:00Z'))).toEqual({ allowed: true });
  });
});

describe('nextChangeFrom', () => {
  it('is one calendar year later, also from a leap day', () => {
    expect(nextChangeFrom(new Date('2026-11-23T12:00:00Z'))).toEqual(new Date('2027-11-23T12:00:00Z'));
    expect(nextChangeFrom(new Date('2028-02-29T12:00:00Z'))).toEqual(new Date('2029-03-01T12:00:00Z'));
  });
});
