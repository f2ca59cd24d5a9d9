import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only (the database refuses UPDATE, DELETE and TRUNCATE) and
 * hash-chained: each row stores the previous row's hash and its own hash over canonical content.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    clientId: uuid('client_id'),
    /** Legal basis or the reason given, e.g. "care relation", "consent", or an emergency reason. */
    reason: text('reason'),
    requestId: text('request_id'),
    ip: text('ip'),
    /** For client data: own, guardian, relation, consent or emergency. */
    basis: text('basis'),
    actorOrganization: text('actor_organization'),
    register: text('register'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_events_client_seq_idx').on(t.clientId, t.seq), index('audit_events_actor_idx').on(t.actorId, t.at)],
);
