import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A secure conversation between a client and their care team, or a service's shared inbox.
 * Messages are client data: they belong to the register of the thread.
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    subject: text('subject').notNull(),
    kind: text('kind').notNull(),
    register: text('register').notNull(),
    /** The care team's unit, or the unit whose shared inbox receives the thread. */
    unitId: uuid('unit_id').notNull(),
    /** For a shared inbox: the catalogue service the client wrote to. */
    serviceId: uuid('service_id'),
    /** The professional who answers now; a handover moves the thread to a colleague. */
    assignedUserId: uuid('assigned_user_id'),
    assignedName: text('assigned_name'),
    status: text('status').notNull().default('open'),
    createdById: uuid('created_by_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('message_threads_client_idx').on(t.clientId, t.lastMessageAt),
    index('message_threads_assigned_idx').on(t.assignedUserId, t.lastMessageAt),
    index('message_threads_unit_idx').on(t.unitId, t.lastMessageAt),
    check('message_threads_kind_check', sql`${t.kind} in ('care_team', 'service_inbox')`),
    check('message_threads_register_check', sql`${t.register} in ('social', 'health')`),
    check('message_threads_status_check', sql`${t.status} in ('open', 'closed')`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Global order of messages: unread counts compare with the reader's last seen number. */
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id),
    authorId: uuid('author_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('messages_thread_idx').on(t.threadId, t.seq), check('messages_body_check', sql`length(btrim(${t.body})) > 0`)],
);

/** How far each reader has read a thread. */
export const threadReads = pgTable(
  'thread_reads',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id),
    userId: uuid('user_id').notNull(),
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull().default(0),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] })],
);

/** A thread handed from one professional to a colleague, with a note. */
export const threadHandovers = pgTable(
  'thread_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id),
    fromUserId: uuid('from_user_id').notNull(),
    fromName: text('from_name').notNull(),
    toUserId: uuid('to_user_id').notNull(),
    toName: text('to_name').notNull(),
    note: text('note').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('thread_handovers_thread_idx').on(t.threadId, t.at)],
);
