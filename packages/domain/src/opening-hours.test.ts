import { describe, expect, it } from 'vitest';
import { helsinkiDate, hoursOn, isOpenAt, localMoment, weeklyMinuteRanges } from './opening-hours.ts';

const weekdays8to16 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' }));

describe('opening hours', () => {
  it('reads local Helsinki time, across summer time', () => {
    expect(localMoment(new Date('2026-11-23T06:30:00Z'))).toMatchObject({ date: '2026-11-23', weekday: 1, minuteOfDay: 8 * 60 + 30 });
    expect(localMoment(new Date('2026-07-01T21:30:00Z'))).toMatchObject({ date: '2026-07-02', weekday: 4, minuteOfDay: 30 });
  });

  it('says which day it is in Finland, a day ahead of UTC late in the evening', () => {
    expect(helsinkiDate(new Date('2026-12-03T21:59:00Z'))).toBe('2026-12-03');
    expect(helsinkiDate(new Date('2026-12-03T22:00:00Z'))).toBe('2026-12-04');
    expect(helsinkiDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(helsinkiDate(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });

  it('is open inside the hours and closed outside them', () => {
    expect(isOpenAt(new Date('2026-11-23T06:00:00Z'), weekdays8to16)).toBe(true); // Mon 08:00
    expect(isOpenAt(new Date('2026-11-23T05:59:00Z'), weekdays8to16)).toBe(false);
    expect(isOpenAt(new Date('2026-11-23T14:00:00Z'), weekdays8to16)).toBe(false); // 16:00 closes
    expect(isOpenAt(new Date('2026-11-28T10:00:00Z'), weekdays8to16)).toBe(false); // Saturday
  });

  it('closes on public holidays unless an exception opens the place', () => {
    const independenceDay = new Date('2027-12-06T10:00:00Z'); // a Monday
    expect(isOpenAt(independenceDay, weekdays8to16)).toBe(false);
    expect(hoursOn('2027-12-06', weekdays8to16)).toMatchObject({ kind: 'closed', holiday: { name: { fi: 'Itsenäisyyspäivä' } } });
    expect(isOpenAt(independenceDay, weekdays8to16, [{ date: '2027-12-06', opens: '10:00', closes: '14:00' }])).toBe(true);
    expect(hoursOn('2026-11-24', weekdays8to16, [{ date: '2026-11-24', note: 'Staff training' }])).toEqual({ kind: 'closed', note: 'Staff training' });
  });

  it('turns weekly hours into minute-of-week ranges', () => {
    expect(weeklyMinuteRanges([{ weekday: 2, opens: '08:00', closes: '16:00' }, { weekday: 1, opens: '12:30', closes: '13:00' }])).toEqual([
      [750, 780],
      [1440 + 480, 1440 + 960],
    ]);
  });
});
