import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { welfareAreas } from '../areas/tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Producers: the welfare region itself, companies, NGOs and parishes. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    type: text('type').notNull(),
    businessId: text('business_id').notNull(),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    voucherApprovedFrom: date('voucher_approved_from'),
    voucherApprovedTo: date('voucher_approved_to'),
    purchaseApprovedFrom: date('purchase_approved_from'),
    purchaseApprovedTo: date('purchase_approved_to'),
  },
  (t) => [
    uniqueIndex('organizations_business_id_key').on(t.businessId),
    index('organizations_type_idx').on(t.type),
  ],
);

/** Physical places where services are given: centres, points, joint service points, bus stops, premises. */
export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    areaId: uuid('area_id').references(() => welfareAreas.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    type: text('type').notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    timetable: jsonb('timetable'),
  },
  (t) => [index('locations_area_idx').on(t.areaId), index('locations_organization_idx').on(t.organizationId)],
);

/** Regular weekly opening hours of a location (local time, Europe/Helsinki). */
export const openingHours = pgTable(
  'opening_hours',
  {
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    opens: time('opens').notNull(),
    closes: time('closes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.weekday, t.opens] })],
);

/** Exceptions to the weekly hours on a date: closed, or other hours. Public holidays are computed. */
export const openingHourExceptions = pgTable(
  'opening_hour_exceptions',
  {
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    opens: time('opens'),
    closes: time('closes'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.locationId, t.date] })],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    serviceClass: text('service_class').notNull(),
    lifeCourseGroup: text('life_course_group').notNull(),
    status: text('status').notNull().default('draft'),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    summaryFi: text('summary_fi').notNull(),
    summarySv: text('summary_sv'),
    summaryEn: text('summary_en'),
    descriptionFi: text('description_fi').notNull(),
    descriptionSv: text('description_sv'),
    descriptionEn: text('description_en'),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** { text: {fi,sv,en}, minAge, maxAge, areas: [code], conditions: [code] } */
    grantingCriteria: jsonb('granting_criteria').notNull(),
    qualityCriteria: jsonb('quality_criteria').notNull(),
    feeType: text('fee_type').notNull(),
    feeAmountCents: integer('fee_amount_cents'),
    feeUnit: text('fee_unit'),
    feeRule: jsonb('fee_rule').notNull(),
    purchasePriceCents: integer('purchase_price_cents'),
    purchasePriceUnit: text('purchase_price_unit'),
    estimatedEligible: integer('estimated_eligible'),
    specialContacts: jsonb('special_contacts').notNull().default(sql`'[]'::jsonb`),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('services_organization_idx').on(t.organizationId), index('services_status_idx').on(t.status)],
);

/** What the purchaser's price consists of (staff time, travel, supplies …), in cents. */
export const servicePriceLines = pgTable(
  'service_price_lines',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    labelFi: text('label_fi').notNull(),
    labelSv: text('label_sv'),
    labelEn: text('label_en'),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.position] })],
);

/** A service offered at a location, with its channels (in person, phone, video, chat, …). */
export const serviceAtLocations = pgTable(
  'service_at_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => locations.id),
    /** [{ type, phone?, url?, hours?: [{weekday, opens, closes}], note?: {fi,sv,en} }] */
    channels: jsonb('channels').notNull(),
  },
  (t) => [
    uniqueIndex('service_at_locations_key').on(t.serviceId, t.locationId),
    index('service_at_locations_location_idx').on(t.locationId),
  ],
);

/**
 * The search index: one row per published service at a location, with every filter as a column.
 * Kept by the catalogue service on each change, so a search reads one table.
 */
export const serviceSearch = pgTable(
  'service_search',
  {
    serviceAtLocationId: uuid('service_at_location_id')
      .primaryKey()
      .references(() => serviceAtLocations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').notNull(),
    locationId: uuid('location_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    areaId: uuid('area_id'),
    lifeCourseGroup: text('life_course_group').notNull(),
    serviceClass: text('service_class').notNull(),
    producerType: text('producer_type').notNull(),
    channels: text('channels').array().notNull(),
    languages: text('languages').array().notNull(),
    accessibility: text('accessibility').array().notNull(),
    free: boolean('free').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Weekly minutes (weekday*1440 + minute) when the location or walk-in is open: [[from, to], …]. */
    openMinutes: jsonb('open_minutes').notNull(),
    walkInMinutes: jsonb('walk_in_minutes').notNull(),
    document: tsvector('document').notNull(),
    /** Lower-cased names and keywords in all languages, for typo and compound tolerance (pg_trgm). */
    words: text('words').notNull(),
    /**
     * The distinct words (3+ letters) of `words`, the same split as catalog_terms: a typo or a part
     * of a compound is matched against the vocabulary once, then rows are found by exact words here.
     */
    terms: text('terms').array().notNull().default(sql`'{}'::text[]`),
    nameFi: text('name_fi').notNull(),
  },
  (t) => [
    index('service_search_document_idx').using('gin', t.document),
    index('service_search_words_idx').using('gin', sql`${t.words} gin_trgm_ops`),
    index('service_search_terms_idx').using('gin', t.terms),
    index('service_search_class_idx').on(t.serviceClass),
    index('service_search_service_idx').on(t.serviceId),
    index('service_search_location_idx').on(t.locationId),
  ],
);

/**
 * One row counting changes to the search index, bumped in the transaction that changes it: a
 * process may keep what it derived from the index (its in-memory search engine) while the count
 * it read is still the current one.
 */
export const searchIndexVersion = pgTable('search_index_version', {
  id: smallint('id').primaryKey().default(1),
  version: integer('version').notNull().default(0),
  /** search_index_changes holds every change after this version; a process further behind reloads all. */
  changesSince: integer('changes_since').notNull().default(0),
});

/**
 * Which services' search rows changed in which version (written by triggers on service_search),
 * so that a process updates its in-memory index by those services only. Statements touching more
 * than a thousand services are not listed: they move changes_since instead.
 */
export const searchIndexChanges = pgTable(
  'search_index_changes',
  {
    version: integer('version').notNull(),
    serviceId: uuid('service_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.serviceId] })],
);

/** Every saved version of a service: who changed what, when. */
export const serviceHistory = pgTable(
  'service_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    changedBy: uuid('changed_by'),
    changedByName: text('changed_by_name'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull(),
    comment: text('comment'),
  },
  (t) => [index('service_history_service_idx').on(t.serviceId, t.version)],
);

/** A producer's change to a published service, waiting for a service coordinator. */
export const serviceReviews = pgTable(
  'service_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    baseVersion: integer('base_version').notNull(),
    proposed: jsonb('proposed').notNull(),
    status: text('status').notNull().default('pending'),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    comment: text('comment'),
  },
  (t) => [
    index('service_reviews_status_idx').on(t.status),
    uniqueIndex('service_reviews_one_pending').on(t.serviceId).where(sql`status = 'pending'`),
  ],
);

/** Every word of the catalogue's names and keywords: the vocabulary that typos are corrected against. */
export const catalogTerms = pgTable(
  'catalog_terms',
  { term: text('term').primaryKey() },
  (t) => [index('catalog_terms_trgm_idx').using('gin', sql`${t.term} gin_trgm_ops`)],
);

/** Which producer organisation a producer administrator keeps up to date. */
export const organizationAdmins = pgTable(
  'organization_admins',
  {
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organizationId] })],
);

/**
 * Coordinators' changes to the catalogue's code lists: a shipped code renamed or retired, or a
 * new code added. The lists the platform ships (in @avain/domain) apply where no row says otherwise.
 */
export const catalogCodeEntries = pgTable(
  'catalog_code_entries',
  {
    list: text('list').notNull(),
    code: text('code').notNull(),
    /** For service classes: the life-course group. */
    parent: text('parent'),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);
