import { createHash, randomBytes } from 'node:crypto';
import { AppError, isRole, type Role } from '@avain/domain';
import type { Config } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/service.ts';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password.ts';
import { announceSessionEnded, announceUserChanged, type SessionCache } from './session-cache.ts';
import * as repo from './repo.ts';
import { loginThrottle } from './throttle.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface RequestMeta {
  ip: string;
  requestId: string;
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function toSessionUser(row: Pick<repo.UserRow, 'id' | 'username' | 'displayName' | 'role'>): SessionUser {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has an unknown role`);
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role };
}

const actorOf = (u: SessionUser) => ({ id: u.id, name: u.displayName, role: u.role });

/** Starts a new session (never reuses one, so a planted cookie cannot be fixed) and returns its token. */
export async function startSession(db: DbOrTx, config: Config, user: SessionUser, method: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await repo.insertSession(db, {
    tokenHash: tokenHash(token),
    userId: user.id,
    authMethod: method,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.sessionMaxHours * 3_600_000),
  });
  return token;
}

const LOGIN_METHOD_NAMES = { password: 'password', oidc: 'openid connect' } as const;

/** A successful login, whatever the method: audited, then a new session. */
async function completeLogin(tx: DbOrTx, config: Config, user: SessionUser, method: keyof typeof LOGIN_METHOD_NAMES, meta: RequestMeta) {
  await recordAudit(tx, {
    actor: actorOf(user),
    action: 'auth.login',
    outcome: 'success',
    resourceType: 'user',
    resourceId: user.id,
    reason: LOGIN_METHOD_NAMES[method],
    requestId: meta.requestId,
    ip: meta.ip,
  });
  return startSession(tx, config, user, method);
}

export async function loginWithPassword(
  db: Db,
  config: Config,
  input: { username: string; password: string },
  meta: RequestMeta,
): Promise<{ user: SessionUser; token: string }> {
  const usernameKey = input.username.trim().toLowerCase();
  const now = new Date();
  const since = new Date(now.getTime() - config.login.windowMinutes * 60_000);
  const failures = await repo.countFailures(db, usernameKey, meta.ip, since);
  const toCount = (f: { n: number; oldest: string | null }) => ({ n: f.n, oldest: f.oldest ? new Date(f.oldest) : null });
  const throttle = loginThrottle(toCount(failures.byUser), toCount(failures.byIp), config.login, now);
  if (!throttle.allowed) {
    await recordAudit(db, {
      actor: null,
      action: 'auth.login',
      outcome: 'denied',
      reason: 'too many failed attempts',
      resourceType: 'user',
      requestId: meta.requestId,
      ip: meta.ip,
    });
    throw new AppError('rate_limited', 'Too many failed login attempts. Try again later.', {
      retryAfterSeconds: throttle.retryAfterSeconds,
    });
  }

  const row = await repo.findUserByUsername(db, usernameKey);
  const valid =
    row && row.active && row.passwordHash
      ? await verifyPassword(input.password, row.passwordHash)
      : await verifyAgainstDecoy(input.password);
  if (!row || !valid) {
    await db.transaction(async (tx) => {
      await repo.recordLoginAttempt(tx, usernameKey, meta.ip, false);
      await recordAudit(tx, {
        actor: row ? { id: row.id, name: row.displayName, role: row.role as Role } : null,
        action: 'auth.login',
        outcome: 'failure',
        resourceType: 'user',
        resourceId: row?.id ?? null,
        reason: 'wrong username or password',
        requestId: meta.requestId,
        ip: meta.ip,
      });
    });
    throw new AppError('unauthenticated', 'Wrong username or password.');
  }

  const user = toSessionUser(row);
  const token = await db.transaction(async (tx) => {
    await repo.clearFailures(tx, usernameKey);
    await repo.recordLoginAttempt(tx, usernameKey, meta.ip, true);
    return completeLogin(tx, config, user, 'password', meta);
  });
  return { user, token };
}

/**
 * The user behind a session cookie, or null when the session is unknown, expired or idle too long.
 * Given a cache, a session read in the last few seconds is not read again (see SessionCache).
 */
export async function resolveSession(db: Db, config: Config, token: string, cache?: SessionCache): Promise<SessionUser | null> {
  const now = new Date();
  const hash = tokenHash(token);
  let session = cache?.get(hash, now.getTime());
  if (!session) {
    const found = await repo.findLiveSession(db, hash, now);
    if (!found) return null;
    session = { user: toSessionUser(found.user), lastSeenAt: found.lastSeenAt.getTime(), expiresAt: found.expiresAt.getTime() };
    cache?.set(hash, session, now.getTime());
  }
  const idleMs = now.getTime() - session.lastSeenAt;
  if (idleMs > config.sessionIdleMinutes * 60_000) {
    cache?.dropToken(hash);
    await repo.deleteSession(db, hash);
    return null;
  }
  // Touch at most once a minute: one write per request would be wasted load.
  if (idleMs > 60_000) {
    await repo.touchSession(db, hash, now);
    cache?.set(hash, { ...session, lastSeenAt: now.getTime() }, now.getTime());
  }
  return session.user;
}

/** Ends the session here and, once committed, in every process's session cache. */
export async function logout(db: Db, token: string, user: SessionUser | null, meta: RequestMeta, cache?: SessionCache): Promise<void> {
  const hash = tokenHash(token);
  cache?.dropToken(hash);
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, hash);
    await announceSessionEnded(tx, hash);
    if (user) {
      await recordAudit(tx, {
        actor: actorOf(user),
        action: 'auth.logout',
        outcome: 'success',
        resourceType: 'user',
        resourceId: user.id,
        requestId: meta.requestId,
        ip: meta.ip,
      });
    }
  });
}

/** Finds or creates the local account of an OpenID Connect identity and starts a session. */
export async function loginWithOidc(
  db: Db,
  config: Config,
  identity: { issuer: string; subject: string; name: string; email: string | null; roles: string[] },
  meta: RequestMeta,
): Promise<{ user: SessionUser; token: string }> {
  const oidc = config.oidc!;
  const claimedRole = identity.roles.find(isRole);
  const role: Role = claimedRole ?? (isRole(oidc.defaultRole) ? oidc.defaultRole : 'resident');
  return db.transaction(async (tx) => {
    let row = await repo.findUserByOidc(tx, identity.issuer, identity.subject);
    if (row) {
      await repo.updateUser(tx, row.id, { displayName: identity.name, email: identity.email, role });
      // The role may have changed: sessions cached anywhere are read again.
      await announceUserChanged(tx, row.id);
      row = { ...row, displayName: identity.name, email: identity.email, role };
    } else {
      row = await repo.insertUser(tx, {
        username: `oidc:${createHash('sha256').update(`${identity.issuer}|${identity.subject}`).digest('hex').slice(0, 24)}`,
        displayName: identity.name,
        email: identity.email,
        role,
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
      });
    }
    if (!row.active) throw new AppError('forbidden', 'This account has been closed.');
    const user = toSessionUser(row);
    const token = await completeLogin(tx, config, user, 'oidc', meta);
    return { user, token };
  });
}



/** Creates or updates a local (password) account; used by the demo data and administrators' tools. */
export async function saveLocalUser(
  db: DbOrTx,
  user: { username: string; displayName: string; role: Role; email?: string | null; password: string },
): Promise<string> {
  const { password, ...rest } = user;
  return repo.upsertUserByUsername(db, { ...rest, passwordHash: await hashPassword(password), active: true });
}

/** Names and roles of users, for showing who did what (care teams, access logs). */
export const usersByIds = repo.usersByIds;
export const displayNameOf = repo.displayNameOf;
export const usersWithRoles = repo.usersWithRoles;
export const emailOfUser = repo.emailOf;
export const emailOfUserExpression = repo.emailOfUserExpression;
