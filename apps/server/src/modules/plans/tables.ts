import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The joint service plan (yhteinen palvelusuunnitelma) of a client. The row is the plan now; every
 * saved change is a new row in plan_versions. Exactly one responsible worker: a NOT NULL column,
 * not a flag that could be set on two team members.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    register: text('register').notNull(),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull().default('active'),
    currentVersion: integer('current_version').notNull().default(1),
    responsibleWorkerId: uuid('responsible_worker_id').notNull(),
    responsibleWorkerName: text('responsible_worker_name').notNull(),
    nextReviewOn: date('next_review_on'),
    createdById: uuid('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // One open plan per client: two coordinators starting a plan at once get one plan and one 409.
    uniqueIndex('plans_one_open_per_client_key').on(t.clientId).where(sql`${t.status} <> 'closed'`),
    index('plans_responsible_idx').on(t.responsibleWorkerId, t.nextReviewOn),
    check('plans_register_check', sql`${t.register} in ('social', 'health')`),
    check('plans_status_check', sql`${t.status} in ('active', 'closed')`),
  ],
);

/** Every saved version of a plan, with the client's agreement to it (in the portal, or spoken and recorded). */
export const planVersions = pgTable(
  'plan_versions',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    /** Summary, goals, planned services, the client's own actions, team, responsible worker, next review. */
    content: jsonb('content').notNull(),
    changeNote: text('change_note').notNull().default(''),
    savedById: uuid('saved_by_id').notNull(),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    agreementKind: text('agreement_kind'),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    agreedByName: text('agreed_by_name'),
    agreementNote: text('agreement_note'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.version] }),
    check('plan_versions_agreement_check', sql`${t.agreementKind} is null or ${t.agreementKind} in ('portal', 'spoken')`),
  ],
);

/** A review of the plan: each goal gets an attainment score (GAS, −2…+2), kept for management reporting. */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    reviewedById: uuid('reviewed_by_id').notNull(),
    reviewedByName: text('reviewed_by_name').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note').notNull().default(''),
    nextReviewOn: date('next_review_on'),
  },
  (t) => [index('plan_reviews_plan_idx').on(t.planId, t.reviewedAt)],
);

export const goalAttainments = pgTable(
  'goal_attainments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => planReviews.id),
    planId: uuid('plan_id').notNull(),
    /** The goal's stable id inside the plan content (goals keep their id across versions). */
    goalId: text('goal_id').notNull(),
    score: integer('score').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('goal_attainments_review_goal_key').on(t.reviewId, t.goalId),
    index('goal_attainments_plan_idx').on(t.planId),
    check('goal_attainments_score_check', sql`${t.score} between -2 and 2`),
  ],
);

/** Comments on the plan by the client (or guardian) and the team. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    authorId: uuid('author_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_comments_plan_idx').on(t.planId, t.createdAt)],
);
