import { AppError } from '@avain/domain';

/**
 * A per-address limit on kiosk numbers: the kiosk page needs no login, so without a limit a
 * script could fill a queue with numbers nobody holds. The window is generous for a busy
 * morning at one kiosk; counts are per process, which only makes the limit looser.
 */
export function kioskLimiter(maxPerWindow = 30, windowMs = 5 * 60_000) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (key: string, now = Date.now()) => {
    for (const [k, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(k);
    const window = windows.get(key) ?? { startedAt: now, count: 0 };
    if (window.count >= maxPerWindow) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
      throw new AppError('rate_limited', 'Too many queue numbers from this kiosk. Please wait a moment.', { retryAfterSeconds });
    }
    window.count += 1;
    windows.set(key, window);
  };
}
