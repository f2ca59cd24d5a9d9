export interface ThrottleLimits {
  maxFailuresPerUser: number;
  maxFailuresPerIp: number;
  windowMinutes: number;
}

export interface FailureCount {
  n: number;
  /** Time of the oldest failure still inside the window. */
  oldest: Date | null;
}

/**
 * Whether another login attempt may be tried now, given the failures inside the window.
 * When refused, says how long until the oldest counted failure leaves the window.
 */
export function loginThrottle(
  byUser: FailureCount,
  byIp: FailureCount,
  limits: ThrottleLimits,
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const windowMs = limits.windowMinutes * 60_000;
  const waitFor = (c: FailureCount) =>
    c.oldest ? Math.max(1, Math.ceil((c.oldest.getTime() + windowMs - now.getTime()) / 1000)) : 1;
  const waits: number[] = [];
  if (byUser.n >= limits.maxFailuresPerUser) waits.push(waitFor(byUser));
  if (byIp.n >= limits.maxFailuresPerIp) waits.push(waitFor(byIp));
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
}
