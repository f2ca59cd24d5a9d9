import type { Database, DbOrTx } from '../../db/client.ts';
import { listenChannel, publish, type Subscription } from '../../db/channel.ts';
import type { SessionUser } from './service.ts';

/** Where one process tells the others that a session or a user's sessions ended. */
export const SESSIONS_CHANNEL = 'avain_sessions';

export interface CachedSession {
  user: SessionUser;
  lastSeenAt: number;
  expiresAt: number;
}

interface Entry extends CachedSession {
  cachedAt: number;
}

/**
 * Sessions this process looked up recently, so that a burst of requests (a booking rush, a page
 * that loads ten things at once) does not read the same session row for each one. An entry lives
 * `ttlMs` at most; a logout or a change of the user anywhere drops it at once through
 * {@link SESSIONS_CHANNEL}, and a lost listening connection empties the cache.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 20_000,
  ) {}

  get(tokenHash: string, now: number): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || now >= entry.expiresAt) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  set(tokenHash: string, session: CachedSession, now: number): void {
    if (this.ttlMs <= 0) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { ...session, cachedAt: now });
  }

  dropToken(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  dropUser(userId: string): void {
    for (const [hash, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(hash);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Heard from another process (or this one): `token:<hash>` or `user:<id>`. */
  hear(payload: string): void {
    const [kind, value] = [payload.slice(0, payload.indexOf(':')), payload.slice(payload.indexOf(':') + 1)];
    if (kind === 'token') this.dropToken(value);
    else if (kind === 'user') this.dropUser(value);
  }

  listen(database: Database, log: (message: string) => void): Promise<Subscription> {
    return listenChannel(database, SESSIONS_CHANNEL, (payload) => this.hear(payload), log, { onReconnect: () => this.clear() });
  }
}

/** Tells every process (once the caller's transaction commits) that the session ended. */
export const announceSessionEnded = (db: DbOrTx, tokenHash: string) => publish(db, SESSIONS_CHANNEL, `token:${tokenHash}`);

/** Tells every process that the user changed (role, active): their cached sessions are read again. */
export const announceUserChanged = (db: DbOrTx, userId: string) => publish(db, SESSIONS_CHANNEL, `user:${userId}`);
