import { AppError } from '@avain/domain';

/** Numbers one kiosk (one address) may take in a window: generous for a busy morning at one kiosk. */
export const KIOSK_LIMIT = { maxPerWindow: 30, windowMinutes: 5 };

/**
 * The kiosk page needs no login, so without a limit a script could fill a queue with numbers
 * nobody holds. Given the device's numbers inside the window (counted in the database, so the
 * limit holds across server processes), refuses another until the oldest leaves the window.
 */
export function requireKioskAllowance(taken: { n: number; oldest: Date | null }, now: Date, limit = KIOSK_LIMIT): void {
  if (taken.n < limit.maxPerWindow) return;
  const leavesAt = (taken.oldest?.getTime() ?? now.getTime()) + limit.windowMinutes * 60_000;
  const retryAfterSeconds = Math.max(1, Math.ceil((leavesAt - now.getTime()) / 1000));
  throw new AppError('rate_limited', 'Too many queue numbers from this kiosk. Please wait a moment.', { retryAfterSeconds });
}
