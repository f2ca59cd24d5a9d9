import { and, asc, desc, eq, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
import { emailOfUserExpression } from '../auth/service.ts';
import { notificationPreferences, notifications } from './tables.ts';

export type PreferenceRow = typeof notificationPreferences.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

const preferencesQuery = preparedRead('notification_preferences_of', (db) =>
  db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, sql.placeholder('userId'))),
);

/** Read for every message queued (a booking's confirmation, say): prepared. */
export async function preferencesOf(db: DbOrTx, userId: string): Promise<PreferenceRow | undefined> {
  const [row] = await preferencesQuery(db, { userId });
  return row;
}

export async function savePreferences(db: DbOrTx, row: Omit<typeof notificationPreferences.$inferInsert, 'updatedAt'>): Promise<PreferenceRow> {
  const [saved] = await db
    .insert(notificationPreferences)
    .values(row)
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { channel: row.channel, language: row.language, email: row.email, phone: row.phone, updatedAt: new Date() } })
    .returning();
  return saved!;
}

export type NewNotification = typeof notifications.$inferInsert;

/** Queues messages; a second one with the same dedupe key is not queued. Values may be placeholders of a prepared statement. */
export const enqueueQuery = (db: DbOrTx, rows: PgInsertValue<typeof notifications>[]) => db.insert(notifications).values(rows).onConflictDoNothing({ target: notifications.dedupeKey });

export async function enqueue(db: DbOrTx, rows: NewNotification[]): Promise<void> {
  await enqueueQuery(db, rows);
}

/** What decides how a user is told: their saved choices (all null until they choose) and their account's address. */
export interface Choices {
  channel: string | null;
  language: string | null;
  email: string | null;
  phone: string | null;
  accountEmail: string | null;
}

/** A user's choices as one JSON value: an expression that reads embed (a booking reads it with the slot). */
export function choicesOf(userId: SQLWrapper): SQL<Choices> {
  const p = notificationPreferences;
  return sql<Choices>`(select json_build_object('channel', ${p.channel}, 'language', ${p.language}, 'email', ${p.email}, 'phone', ${p.phone}, 'accountEmail', ${emailOfUserExpression(userId)})
    from (select 1) as one left join ${p} on ${p.userId} = ${userId})`;
}

const choicesQuery = preparedRead('notification_choices_of', (db) => db.select({ choices: choicesOf(sql`${sql.placeholder('userId')}::uuid`) }).from(sql`(select 1) as one`));

/** Read for every message queued (a confirmation, say): one prepared statement. */
export async function choicesFor(db: DbOrTx, userId: string): Promise<Choices> {
  const [row] = await choicesQuery(db, { userId });
  return row!.choices;
}

/** Withdraws a message not yet sent; one already sent or failed stays as it was. */
export async function cancelPending(db: DbOrTx, dedupeKey: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ status: 'cancelled' })
    .where(and(eq(notifications.dedupeKey, dedupeKey), eq(notifications.status, 'pending')))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * The pending messages due by now, oldest first, locked for this transaction. Rows another
 * deliverer holds are skipped, not waited for: each message goes to exactly one deliverer.
 */
export async function claimDue(db: DbOrTx, now: Date, limit: number): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.status, 'pending'), lte(notifications.sendAfter, now)))
    .orderBy(asc(notifications.sendAfter), asc(notifications.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function updateDelivery(db: DbOrTx, id: string, set: Partial<typeof notifications.$inferInsert>): Promise<void> {
  await db.update(notifications).set(set).where(eq(notifications.id, id));
}

/** The outbox, newest first: what was (or would have been) sent. */
export async function latest(db: DbOrTx, limit: number): Promise<NotificationRow[]> {
  return db.select().from(notifications).orderBy(desc(notifications.createdAt), desc(notifications.sendAfter)).limit(limit);
}
