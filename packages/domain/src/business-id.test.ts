import { describe, expect, it } from 'vitest';
import { businessIdFromDigits, isValidBusinessId } from './business-id.ts';

describe('isValidBusinessId', () => {
  it('accepts real business ids', () => {
    // Oulun kaupunki, Pohjois-Pohjanmaan hyvinvointialue, Nokia Oyj
    for (const id of ['0187690-1', '3221308-6', '0112038-9']) expect(isValidBusinessId(id), id).toBe(true);
  });
  it('refuses a wrong check digit, a wrong shape and remainder one', () => {
    expect(isValidBusinessId('0187690-2')).toBe(false);
    expect(isValidBusinessId('187690-1')).toBe(false);
    expect(isValidBusinessId('0187690 1')).toBe(false);
    // 6 × 2 = 12, remainder 1: no id is issued with these digits, whatever the check digit.
    expect(businessIdFromDigits('0000006')).toBe(null);
    for (let check = 0; check <= 9; check++) expect(isValidBusinessId(`0000006-${check}`)).toBe(false);
  });
  it('completes digits with their check digit', () => {
    expect(businessIdFromDigits('0187690')).toBe('0187690-1');
    expect(isValidBusinessId(businessIdFromDigits('1234567')!)).toBe(true);
  });
});
