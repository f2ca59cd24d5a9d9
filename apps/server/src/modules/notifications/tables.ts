import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** How a resident wants to be told: channel, language and where. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').primaryKey(),
    channel: text('channel').notNull().default('email'),
    language: text('language').notNull().default('fi'),
    email: text('email'),
    phone: text('phone'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('notification_preferences_channel_check', sql`${t.channel} in ('email', 'sms', 'none')`),
    check('notification_preferences_language_check', sql`${t.language} in ('fi', 'sv', 'en')`),
  ],
);

/**
 * The outbox: every message to send (e-mail or SMS), written in the same transaction as the change
 * it tells about, and sent by a worker through the configured adapter. In development the outbox
 * itself is what "would have been sent".
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id'),
    clientId: uuid('client_id'),
    channel: text('channel').notNull(),
    toAddress: text('to_address').notNull(),
    language: text('language').notNull(),
    template: text('template').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
    /** Makes a reminder or confirmation idempotent: the same key is queued once. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_pending_idx').on(t.status, t.sendAfter),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
    check('notifications_channel_check', sql`${t.channel} in ('email', 'sms')`),
    check('notifications_status_check', sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
  ],
);
