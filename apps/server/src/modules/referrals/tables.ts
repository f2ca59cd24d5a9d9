import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A closed-loop referral of a client to a catalogue service of any producer. No referral without a
 * handover note ("no sending on"): the database refuses an empty one too.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    planId: uuid('plan_id'),
    serviceId: uuid('service_id').notNull(),
    serviceName: text('service_name').notNull(),
    /** The receiving producer (catalogue organisation). */
    organizationId: uuid('organization_id').notNull(),
    organizationName: text('organization_name').notNull(),
    handoverNote: text('handover_note').notNull(),
    status: text('status').notNull().default('sent'),
    /** Why the receiving side declined, or what it said on accepting or completing. */
    responseNote: text('response_note'),
    referrerId: uuid('referrer_id').notNull(),
    referrerName: text('referrer_name').notNull(),
    referrerUnitId: uuid('referrer_unit_id').notNull(),
    register: text('register').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredById: uuid('answered_by_id'),
    answeredByName: text('answered_by_name'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('referrals_client_idx').on(t.clientId, t.sentAt),
    index('referrals_organization_idx').on(t.organizationId, t.status),
    index('referrals_referrer_idx').on(t.referrerId, t.status),
    check('referrals_handover_note_check', sql`length(btrim(${t.handoverNote})) > 0`),
    check('referrals_status_check', sql`${t.status} in ('sent', 'accepted', 'declined', 'completed', 'cancelled')`),
    check('referrals_decline_reason_check', sql`${t.status} <> 'declined' or length(btrim(coalesce(${t.responseNote}, ''))) > 0`),
    check('referrals_register_check', sql`${t.register} in ('social', 'health')`),
  ],
);

/** Every change of a referral's status, for the loop's history. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    status: text('status').notNull(),
    note: text('note'),
    byId: uuid('by_id').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
);
