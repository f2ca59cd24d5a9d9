import { describe, expect, it } from 'vitest';
import { ageOn, checkCharacter, maskIdentityCode, parseIdentityCode } from './identity-code.ts';

/** A valid code for a date, sign and individual number: the check character computed by hand below. */
const make = (ddmmyy: string, sign: string, individual: string) => `${ddmmyy}${sign}${individual}${checkCharacter(ddmmyy + individual)}`;

describe('checkCharacter', () => {
  it('matches the examples of the Digital and Population Data Services Agency', () => {
    // 131052-308T is the agency's published example code.
    expect(checkCharacter('131052308')).toBe('T');
    expect(parseIdentityCode('131052-308T')).toEqual({
      ok: true,
      facts: { code: '131052-308T', birthDate: '1952-10-13', sex: 'female', temporary: false },
    });
  });
});

describe('parseIdentityCode', () => {
  it.each([
    ['+', '1852'],
    ['-', '1952'],
    ['Y', '1952'],
    ['X', '1952'],
    ['W', '1952'],
    ['V', '1952'],
    ['U', '1952'],
    ['A', '2052'],
    ['B', '2052'],
    ['C', '2052'],
    ['D', '2052'],
    ['E', '2052'],
    ['F', '2052'],
  ])('accepts the century sign %s (born %s)', (sign, year) => {
    const parsed = parseIdentityCode(make('131052', sign, '308'));
    expect(parsed).toMatchObject({ ok: true, facts: { birthDate: `${year}-10-13`, sex: 'female' } });
  });

  it.each(['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'])('refuses a wrong check character with sign %s', (sign) => {
    const valid = make('131052', sign, '308');
    const wrong = valid.slice(0, -1) + (valid.endsWith('A') ? 'B' : 'A');
    expect(parseIdentityCode(wrong)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('accepts lower case and spaces around, and reads sex from the individual number', () => {
    expect(parseIdentityCode(` ${make('010203', 'a', '123').toLowerCase()} `)).toMatchObject({ ok: true, facts: { sex: 'male', birthDate: '2003-02-01' } });
  });

  it('marks temporary codes (900–999)', () => {
    expect(parseIdentityCode(make('010203', 'A', '901'))).toMatchObject({ ok: true, facts: { temporary: true } });
  });

  it.each([
    ['131052?308T', 'format'],
    ['131052-308', 'format'],
    ['13105-2308T', 'format'],
    ['131052G308T', 'format'],
    ['', 'format'],
    [make('310252', '-', '308'), 'date'],
    [make('290200', '-', '308'), 'date'],
    [make('000152', '-', '308'), 'date'],
    [make('131052', '-', '001'), 'individual_number'],
  ])('refuses %s (%s)', (code, problem) => {
    expect(parseIdentityCode(code)).toEqual({ ok: false, problem });
  });

  it('knows 29 February of leap years, 2000 included', () => {
    expect(parseIdentityCode(make('290200', 'A', '308')).ok).toBe(true);
    expect(parseIdentityCode(make('290204', 'B', '308')).ok).toBe(true);
    expect(parseIdentityCode(make('290201', 'A', '308'))).toEqual({ ok: false, problem: 'date' });
  });
});

describe('maskIdentityCode and ageOn', () => {
  it('shows only the birth date part', () => {
    expect(maskIdentityCode('131052-308T')).toBe('131052-****');
  });
  it('counts whole years, the birthday included', () => {
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    expect(ageOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});
