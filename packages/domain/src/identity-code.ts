/**
 * The Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Since 2023 the century signs are
 * `+` (1800s), `-` `Y` `X` `W` `V` `U` (1900s) and `A` `B` `C` `D` `E` `F` (2000s).
 */

const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export interface IdentityCodeFacts {
  /** The code in its canonical form (upper case). */
  code: string;
  birthDate: string;
  sex: 'male' | 'female';
  /** Individual numbers 900–999 are temporary codes given by health care, not by the population register. */
  temporary: boolean;
}

export type IdentityCodeProblem = 'format' | 'date' | 'individual_number' | 'checksum';

export function checkCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % 31]!;
}

/** Reads a code and tells why it is not valid: format, impossible date, individual number or check character. */
export function parseIdentityCode(input: string): { ok: true; facts: IdentityCodeFacts } | { ok: false; problem: IdentityCodeProblem } {
  const code = input.trim().toUpperCase();
  const m = SHAPE.exec(code);
  if (!m) return { ok: false, problem: 'format' };
  const [, dd, mm, yy, sign, individual, check] = m as unknown as [string, string, string, string, string, string, string];
  const year = CENTURY[sign]! + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return { ok: false, problem: 'date' };
  }
  if (Number(individual) < 2) return { ok: false, problem: 'individual_number' };
  if (checkCharacter(`${dd}${mm}${yy}${individual}`) !== check) return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    facts: {
      code,
      birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}`,
      sex: Number(individual) % 2 === 1 ? 'male' : 'female',
      temporary: Number(individual) >= 900,
    },
  };
}

export const isValidIdentityCode = (input: string) => parseIdentityCode(input).ok;

/** The code with only the birth date shown, e.g. 010190-****: for screens that need to tell people apart. */
export const maskIdentityCode = (code: string) => `${code.slice(0, 7)}****`;

/** Age in whole years on a date (YYYY-MM-DD strings), as Finnish law counts it. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}
