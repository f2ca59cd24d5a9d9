import { describe, expect, it } from 'vitest';
import { localTimeIn } from './booking.ts';

describe('appointment times in messages', () => {
  it('are Helsinki time written as each language writes it', () => {
    expect(localTimeIn(new Date('2026-11-25T08:30:00Z'))).toEqual({ fi: '25.11.2026 klo 10.30', sv: '25.11.2026 kl. 10.30', en: '25 Nov 2026 at 10:30' });
    // Summer time: three hours ahead of UTC.
    expect(localTimeIn(new Date('2026-06-01T05:05:00Z'))).toEqual({ fi: '1.6.2026 klo 8.05', sv: '1.6.2026 kl. 8.05', en: '1 Jun 2026 at 08:05' });
  });
});
