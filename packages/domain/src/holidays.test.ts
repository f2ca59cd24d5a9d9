import { describe, expect, it } from 'vitest';
import { easterSunday, finnishPublicHolidays, holidayOn } from './holidays.ts';

describe('finnishPublicHolidays', () => {
  it('computes Easter for known years', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
  });

  it('lists the 2026 holidays with the moving ones on the right days', () => {
    const dates = Object.fromEntries(finnishPublicHolidays(2026).map((h) => [h.name.en, h.date]));
    expect(dates).toMatchObject({
      'Good Friday': '2026-04-03',
      'Easter Monday': '2026-04-06',
      'Ascension Day': '2026-05-14',
      'Whit Sunday': '2026-05-24',
      'Midsummer Eve': '2026-06-19',
      'Midsummer Day': '2026-06-20',
      "All Saints' Day": '2026-10-31',
      'Independence Day': '2026-12-06',
    });
    expect(finnishPublicHolidays(2026)).toHaveLength(15);
  });

  it('places Midsummer and All Saints on the right Saturday in other years', () => {
    expect(holidayOn('2025-06-21')?.name.fi).toBe('Juhannuspäivä');
    expect(holidayOn('2025-11-01')?.name.fi).toBe('Pyhäinpäivä');
    expect(holidayOn('2027-06-26')?.name.fi).toBe('Juhannuspäivä');
    expect(holidayOn('2026-11-23')).toBeUndefined();
  });
});
