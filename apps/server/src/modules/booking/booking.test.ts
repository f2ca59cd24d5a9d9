import { describe, expect, it } from 'vitest';
import { isSlotTaken, localTimeIn } from './booking.ts';

describe('appointment times in messages', () => {
  it('are Helsinki time written as each language writes it', () => {
    expect(localTimeIn(new Date('2026-11-25T08:30:00Z'))).toEqual({ fi: '25.11.2026 klo 10.30', sv: '25.11.2026 kl. 10.30', en: '25 Nov 2026 at 10:30' });
    // Summer time: three hours ahead of UTC.
    expect(localTimeIn(new Date('2026-06-01T05:05:00Z'))).toEqual({ fi: '1.6.2026 klo 8.05', sv: '1.6.2026 kl. 8.05', en: '1 Jun 2026 at 08:05' });
  });
});

describe('the database refusing a second appointment on a time', () => {
  const failed = (cause: object) => Object.assign(new Error('Failed query: insert into "appointments" …'), { cause });
  it('is "slot taken" for the exclusion constraint, and for the deadlock of two inserts checking it at once', () => {
    expect(isSlotTaken(failed({ code: '23P01', message: 'conflicting key value violates exclusion constraint "appointments_no_overlap"' }))).toBe(true);
    expect(isSlotTaken(failed({ code: '40P01', message: 'deadlock detected', where: 'while checking exclusion constraint on tuple (0,21) in relation "appointments"' }))).toBe(true);
  });
  it('is not for other failures, a deadlock elsewhere among them', () => {
    expect(isSlotTaken(failed({ code: '40P01', message: 'deadlock detected', where: 'while updating tuple (0,3) in relation "notifications"' }))).toBe(false);
    expect(isSlotTaken(failed({ code: '23505', message: 'duplicate key value violates unique constraint "appointments_pkey"' }))).toBe(false);
    expect(isSlotTaken(new Error('connection lost'))).toBe(false);
  });
});
