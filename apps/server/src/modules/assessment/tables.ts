import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A versioned questionnaire, modelled on FHIR Questionnaire: a new version is a new row, and every
 * response names the version it answered, so old answers keep their meaning.
 */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable name of the questionnaire across versions, e.g. `holistic-assessment`. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull().default('active'),
    /** Localised title {fi, sv, en}. */
    title: jsonb('title').notNull(),
    /** The items (FHIR Questionnaire.item-like): one group per life domain with a 0–4 score and free text. */
    items: jsonb('items').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('questionnaires_code_version_key').on(t.code, t.version),
    check('questionnaires_status_check', sql`${t.status} in ('active', 'retired')`),
  ],
);

/**
 * One holistic assessment of a client (FHIR QuestionnaireResponse-like): filled by a professional
 * with the client, or by the resident in advance (a pre-assessment) that a professional reviews.
 * Client data: it belongs to one register and one unit.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    register: text('register').notNull(),
    unitId: uuid('unit_id').notNull(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    kind: text('kind').notNull(),
    /** A pre-assessment is `submitted` until a professional reviews it; a professional's is `completed`. */
    status: text('status').notNull(),
    /** Per life domain: {score 0–4, text}. */
    answers: jsonb('answers').notNull(),
    /** Ability to manage on one's own, 0 (fully) … 4 (not without daily support). */
    selfManagement: integer('self_management').notNull(),
    clientView: text('client_view').notNull().default(''),
    clientGoals: text('client_goals').notNull().default(''),
    authorId: uuid('author_id').notNull(),
    authorName: text('author_name').notNull(),
    authoredAt: timestamp('authored_at', { withTimezone: true }).notNull().defaultNow(),
    /** The pre-assessment this professional assessment reviewed. */
    basedOnId: uuid('based_on_id'),
    reviewedById: uuid('reviewed_by_id'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The segment at the time of the assessment, with its reasons and the service use it saw. */
    segment: text('segment'),
    segmentReasons: jsonb('segment_reasons').notNull().default(sql`'[]'::jsonb`),
    serviceUse: jsonb('service_use'),
  },
  (t) => [
    index('assessments_client_idx').on(t.clientId, t.authoredAt),
    index('assessments_unit_status_idx').on(t.unitId, t.status),
    check('assessments_register_check', sql`${t.register} in ('social', 'health')`),
    check('assessments_kind_check', sql`${t.kind} in ('professional', 'pre_assessment')`),
    check('assessments_status_check', sql`${t.status} in ('submitted', 'reviewed', 'completed')`),
    check('assessments_self_management_check', sql`${t.selfManagement} between 0 and 4`),
    check('assessments_segment_check', sql`${t.segment} is null or ${t.segment} in ('self_care', 'assisted', 'network', 'multi_professional')`),
  ],
);

/**
 * Configuration of segmentation and early identification: the thresholds of the segment rules and
 * the worklist criteria. One row per key; `default` is the one in use.
 */
export const identificationSettings = pgTable('identification_settings', {
  key: text('key').primaryKey(),
  /** SegmentationThresholds of @avain/domain. */
  thresholds: jsonb('thresholds').notNull(),
  /** Worklist criteria: {minUnits, minContacts, includeMultiProfessional, youthMaxAge}. */
  worklist: jsonb('worklist').notNull(),
  version: integer('version').notNull().default(1),
  updatedById: uuid('updated_by_id'),
  updatedByName: text('updated_by_name'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A coordinator has taken a client from the early identification worklist to start a plan. One taker per client. */
export const worklistClaims = pgTable('worklist_claims', {
  clientId: uuid('client_id').primaryKey(),
  coordinatorId: uuid('coordinator_id').notNull(),
  coordinatorName: text('coordinator_name').notNull(),
  takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
});
