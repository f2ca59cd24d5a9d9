const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Validates a Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit
 * (weights 7-9-10-5-8-4-2, modulo 11; remainder 1 is never issued).
 */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!match) return false;
  const digits = match[1]!.split('').map(Number);
  const remainder = digits.reduce((sum, d, i) => sum + d * WEIGHTS[i]!, 0) % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}

/** Completes seven digits with their check digit, or null when no valid id has those digits. */
export function businessIdFromDigits(digits: string): string | null {
  if (!/^\d{7}$/.test(digits)) return null;
  const remainder = digits.split('').reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0) % 11;
  if (remainder === 1) return null;
  return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
}
