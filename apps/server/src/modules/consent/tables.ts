import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A client's consent to share data of some registers with some organisations for a purpose, valid
 * from–to; revocable at any moment. The row holds the consent as it is now; consent_events keep
 * every version.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    /** The client themself, or a guardian for a minor. */
    givenByClientId: uuid('given_by_client_id').notNull(),
    registers: text('registers').array().notNull(),
    /** The organisations (catalogue producers) whose professionals may see the data. */
    organizationIds: uuid('organization_ids').array().notNull(),
    purpose: text('purpose').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consents_client_idx').on(t.clientId),
    check('consents_registers_check', sql`${t.registers} <@ array['social', 'health']::text[] and cardinality(${t.registers}) > 0`),
    check('consents_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const consentEvents = pgTable(
  'consent_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    /** The consent as it was after this change. */
    snapshot: jsonb('snapshot').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_events_consent_idx').on(t.consentId, t.version)],
);
