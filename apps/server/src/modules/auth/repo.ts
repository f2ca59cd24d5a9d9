import { and, count, eq, gt, inArray, lt, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { batchedPerDatabase } from '../../db/batch.ts';
import { preparedPerDatabase, preparedRead, type Db, type DbOrTx } from '../../db/client.ts';
import { loginAttempts, oidcLogins, sessions, users } from './tables.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  return row;
}

export async function findUserByOidc(db: DbOrTx, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return row;
}

export async function insertUser(db: DbOrTx, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function updateUser(db: DbOrTx, id: string, changes: Partial<NewUser>): Promise<void> {
  await db.update(users).set(changes).where(eq(users.id, id));
}

/** Inserts or updates a user by username; used by the demo data loader. */
export async function upsertUserByUsername(db: DbOrTx, user: NewUser): Promise<string> {
  const existing = await findUserByUsername(db, user.username);
  if (!existing) return (await insertUser(db, user)).id;
  await updateUser(db, existing.id, user);
  return existing.id;
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

const liveSessionsQuery = preparedPerDatabase((db) =>
  db
    .select({
      tokenHash: sessions.tokenHash,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: { id: users.id, username: users.username, displayName: users.displayName, role: users.role },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`, gt(sessions.expiresAt, sql.placeholder('now')), eq(users.active, true)))
    .prepare('auth_live_sessions'),
);
type LiveSession = Omit<Awaited<ReturnType<ReturnType<typeof liveSessionsQuery>['execute']>>[number], 'tokenHash'>;

/** The sessions of requests arriving together, read with one statement (see Batcher). */
const liveSessions = batchedPerDatabase(async (db, keys: { tokenHash: string; now: Date }[]): Promise<(LiveSession | undefined)[]> => {
  const earliest = new Date(Math.min(...keys.map((k) => k.now.getTime())));
  const rows = await liveSessionsQuery(db).execute({ tokenHashes: [...new Set(keys.map((k) => k.tokenHash))], now: earliest });
  const byHash = new Map(rows.map(({ tokenHash, ...row }) => [tokenHash, row]));
  // Each request's own moment decides whether the session has expired.
  return keys.map((k) => {
    const row = byHash.get(k.tokenHash);
    return row && row.expiresAt > k.now ? row : undefined;
  });
});

/** The session behind a token and its user, while both live: read for nearly every request. */
export function findLiveSession(db: Db, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  return liveSessions(db).get({ tokenHash, now });
}

export async function touchSession(db: DbOrTx, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function recordLoginAttempt(db: DbOrTx, usernameKey: string, ip: string, success: boolean) {
  await db.insert(loginAttempts).values({ usernameKey, ip, success });
}

/** Failed logins since `since` for this username and from this address, and the oldest of them. */
export async function countFailures(db: DbOrTx, usernameKey: string, ip: string, since: Date) {
  const failed = and(eq(loginAttempts.success, false), gt(loginAttempts.at, since));
  const [byUser] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(failed, eq(loginAttempts.usernameKey, usernameKey)));
  const [byIp] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(failed, eq(loginAttempts.ip, ip)));
  return { byUser: byUser!, byIp: byIp! };
}

/** A successful login clears the failures counted against that username. */
export async function clearFailures(db: DbOrTx, usernameKey: string): Promise<void> {
  await db
    .delete(loginAttempts)
    .where(or(and(eq(loginAttempts.usernameKey, usernameKey), eq(loginAttempts.success, false))));
}

export async function insertOidcLogin(db: DbOrTx, row: typeof oidcLogins.$inferInsert): Promise<void> {
  await db.insert(oidcLogins).values(row);
}

/** Takes (reads and deletes) a pending OIDC login, so a state value works only once. */
export async function takeOidcLogin(db: DbOrTx, state: string, notBefore: Date) {
  const [row] = await db
    .delete(oidcLogins)
    .where(and(eq(oidcLogins.state, state), gt(oidcLogins.createdAt, notBefore)))
    .returning();
  return row;
}

const usersQuery = preparedRead('users_by_ids', (db) =>
  db.select({ id: users.id, displayName: users.displayName, role: users.role }).from(users).where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`),
);

/** A user's display name as an expression other reads embed (a relation names its professional). */
export function displayNameOf(userId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${users.displayName} from ${users} where ${users.id} = ${userId})`;
}

/** A user's e-mail address as an expression other reads embed (how a message reaches them). */
export function emailOfUserExpression(userId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${users.email} from ${users} where ${users.id} = ${userId})`;
}

export async function usersByIds(db: DbOrTx, ids: string[]): Promise<{ id: string; displayName: string; role: string }[]> {
  if (ids.length === 0) return [];
  return usersQuery(db, { ids });
}

/** Active users with one of the roles, by name or username (case-insensitive substring), for pickers. */
export async function usersWithRoles(db: DbOrTx, roles: readonly string[], q: string, limit: number) {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role, email: users.email })
    .from(users)
    .where(and(inArray(users.role, [...roles]), eq(users.active, true), or(sql`lower(${users.displayName}) like ${pattern}`, sql`lower(${users.username}) like ${pattern}`)))
    .orderBy(users.displayName)
    .limit(limit);
}

/** A user's e-mail address, for notifications when they have chosen no other address. */
const emailQuery = preparedRead('users_email_of', (db) => db.select({ email: users.email }).from(users).where(eq(users.id, sql.placeholder('id'))));

/** Read for every message queued to a user without an address of their own: prepared. */
export async function emailOf(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await emailQuery(db, { id });
  return row?.email ?? null;
}
