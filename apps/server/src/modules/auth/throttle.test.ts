import { describe, expect, it } from 'vitest';
import { loginThrottle } from './throttle.ts';

const limits = { maxFailuresPerUser: 5, maxFailuresPerIp: 20, windowMinutes: 15 };
const now = new Date('2026-11-23T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('loginThrottle', () => {
  it('allows attempts below both limits', () => {
    expect(loginThrottle({ n: 4, oldest: minutesAgo(1) }, { n: 19, oldest: minutesAgo(1) }, limits, now)).toEqual({
      allowed: true,
    });
  });
  it('refuses at the per-user limit until the oldest failure leaves the window', () => {
    expect(loginThrottle({ n: 5, oldest: minutesAgo(10) }, { n: 5, oldest: minutesAgo(10) }, limits, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
  });
  it('refuses at the per-address limit even for a fresh username', () => {
    const result = loginThrottle({ n: 0, oldest: null }, { n: 20, oldest: minutesAgo(14) }, limits, now);
    expect(result).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});
