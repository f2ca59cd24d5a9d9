import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  averageServiceMinutes,
  callbackDueAt,
  estimatedWaitMinutes,
  isCallbackOverdue,
  queueDateOf,
  retryDelayMs,
  routeCallback,
  waitingMinutes,
  walkInOpenAt,
} from './contact.ts';

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));
const openDay = { kind: 'open' as const, ranges: [{ opens: '08:00', closes: '16:00' }] };
// Tuesday 3 March 2026, 09:00 in Helsinki (UTC+2).
const tuesdayNine = new Date('2026-03-03T07:00:00Z');

describe('walk-in hours', () => {
  it('is open inside its own hours on a day the location is open', () => {
    expect(walkInOpenAt(tuesdayNine, weekdays('08:00', '10:00'), { weeklyHours: weekdays('08:00', '16:00'), today: openDay })).toBe(true);
  });

  it('is closed outside its own hours even when the location is open', () => {
    expect(walkInOpenAt(tuesdayNine, weekdays('10:00', '12:00'), { weeklyHours: weekdays('08:00', '16:00'), today: openDay })).toBe(false);
  });

  it('is closed when an exception closes the location for the day', () => {
    expect(walkInOpenAt(tuesdayNine, weekdays('08:00', '10:00'), { weeklyHours: weekdays('08:00', '16:00'), today: { kind: 'closed' } })).toBe(false);
  });

  it('closes when the location closes early by an exception, though its own hours go on', () => {
    const shortened = { kind: 'open' as const, ranges: [{ opens: '08:00', closes: '08:30' }], note: 'Koulutuspäivä' };
    expect(walkInOpenAt(new Date('2026-03-03T06:15:00Z'), weekdays('08:00', '10:00'), { weeklyHours: weekdays('08:00', '16:00'), today: shortened })).toBe(true);
    expect(walkInOpenAt(tuesdayNine, weekdays('08:00', '10:00'), { weeklyHours: weekdays('08:00', '16:00'), today: shortened })).toBe(false);
  });

  it('is closed on a public holiday (Epiphany, 6 January 2026)', () => {
    expect(walkInOpenAt(new Date('2026-01-06T07:00:00Z'), weekdays('08:00', '10:00'), { weeklyHours: [], today: { kind: 'closed' } })).toBe(false);
  });

  it('is not closed by a location that publishes no hours of its own', () => {
    expect(walkInOpenAt(tuesdayNine, weekdays('08:00', '10:00'), { weeklyHours: [], today: { kind: 'closed' } })).toBe(true);
  });

  it('numbers by the local day in Helsinki', () => {
    expect(queueDateOf(new Date('2026-03-03T22:30:00Z'))).toBe('2026-03-04');
  });
});

describe('estimated wait', () => {
  it('uses the default visit length until someone has been served', () => {
    expect(averageServiceMinutes([])).toBe(10);
    expect(estimatedWaitMinutes(3, averageServiceMinutes([]))).toBe(30);
  });

  it('averages the visits of today and rounds to whole minutes', () => {
    expect(averageServiceMinutes([4, 6, 8])).toBe(6);
    expect(estimatedWaitMinutes(2, averageServiceMinutes([7, 8]))).toBe(15);
  });

  it('is zero when nobody is ahead', () => {
    expect(estimatedWaitMinutes(0, 12)).toBe(0);
  });
});

describe('call-back routing', () => {
  const worker = { id: 'w', name: 'Sami' };
  const service = { id: 's', organizationId: 'o' };

  it('goes to the responsible worker when the client has one', () => {
    expect(routeCallback(worker, service)).toEqual({ kind: 'worker', userId: 'w', name: 'Sami' });
  });

  it("goes to the service's shared queue otherwise", () => {
    expect(routeCallback(null, service)).toEqual({ kind: 'queue', organizationId: 'o', serviceId: 's' });
  });

  it('has nowhere to go without either', () => {
    expect(routeCallback(null, null)).toBeNull();
  });

  it('is overdue once waiting past the due time, never when handled', () => {
    const created = new Date('2026-03-03T08:00:00Z');
    const due = callbackDueAt(created, 24);
    expect(due.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(isCallbackOverdue('waiting', due, new Date('2026-03-04T07:59:00Z'))).toBe(false);
    expect(isCallbackOverdue('waiting', due, due)).toBe(true);
    expect(isCallbackOverdue('handled', due, new Date('2026-03-05T00:00:00Z'))).toBe(false);
    expect(waitingMinutes(created, new Date('2026-03-03T09:30:59Z'))).toBe(90);
  });
});

describe('delivery retries', () => {
  it('backs off 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('gives up after the last attempt', () => {
    const now = new Date('2026-03-03T08:00:00Z');
    expect(afterFailure(1, now, 3)).toEqual({ status: 'pending', sendAfter: new Date('2026-03-03T08:01:00Z') });
    expect(afterFailure(3, now, 3)).toEqual({ status: 'failed' });
  });
});
