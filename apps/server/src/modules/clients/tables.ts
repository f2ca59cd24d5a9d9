import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A service unit (e.g. Tuira health station, family social work): every piece of client data
 * belongs to one unit and through it to one register.
 */
export const serviceUnits = pgTable(
  'service_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    register: text('register').notNull(),
    /** The producer the unit belongs to (a catalogue organisation). */
    organizationId: uuid('organization_id').notNull(),
    organizationName: text('organization_name').notNull(),
  },
  (t) => [check('service_units_register_check', sql`${t.register} in ('social', 'health')`)],
);

/** The unit a member of staff works in: it decides their own register. */
export const unitMemberships = pgTable('unit_memberships', {
  userId: uuid('user_id').primaryKey(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => serviceUnits.id),
  /** A supervisor reviews the emergency accesses of the unit. */
  supervisor: boolean('supervisor').notNull().default(false),
});

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Henkilötunnus; null for clients without a Finnish code, who get a local id. */
    identityCode: text('identity_code'),
    localId: text('local_id'),
    firstNames: text('first_names').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date').notNull(),
    sex: text('sex'),
    phone: text('phone'),
    email: text('email'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    language: text('language').notNull().default('fi'),
    otherLanguage: text('other_language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    municipality: text('municipality'),
    areaCode: text('area_code'),
    responsibleCentreId: uuid('responsible_centre_id'),
    /** Turvakielto: the address is hidden from everyone without a specific need. */
    nonDisclosure: boolean('non_disclosure').notNull().default(false),
    deceasedOn: date('deceased_on'),
    /** The resident's own account, once they have logged in. */
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('clients_identity_code_key').on(t.identityCode),
    uniqueIndex('clients_local_id_key').on(t.localId),
    uniqueIndex('clients_user_key').on(t.userId),
    index('clients_name_birth_idx').on(sql`lower(${t.lastName})`, t.birthDate),
    check('clients_identifier_check', sql`${t.identityCode} is not null or ${t.localId} is not null`),
    check('clients_language_check', sql`${t.language} in ('fi', 'sv', 'other')`),
  ],
);

/** A guardian (huoltaja) of a minor client; the guardian is a client record of their own. */
export const guardianships = pgTable(
  'guardianships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minorClientId: uuid('minor_client_id')
      .notNull()
      .references(() => clients.id),
    guardianClientId: uuid('guardian_client_id')
      .notNull()
      .references(() => clients.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    uniqueIndex('guardianships_pair_key').on(t.minorClientId, t.guardianClientId),
    index('guardianships_guardian_idx').on(t.guardianClientId),
  ],
);

/** A professional's client relation: appointment, open case or care-team membership, from–to. */
export const careRelations = pgTable(
  'care_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    professionalId: uuid('professional_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => serviceUnits.id),
    kind: text('kind').notNull(),
    /** The work needs the client's address even under non-disclosure (home visits, home care). */
    needsAddress: boolean('needs_address').notNull().default(false),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** Null while the relation is open (a case, a team); an appointment's relation ends some time after it. */
    endsAt: timestamp('ends_at', { withTimezone: true }),
    note: text('note'),
  },
  (t) => [
    index('care_relations_client_idx').on(t.clientId, t.professionalId),
    index('care_relations_professional_idx').on(t.professionalId),
    check('care_relations_kind_check', sql`${t.kind} in ('appointment', 'case', 'team')`),
  ],
);

/** A record entry of one register and one unit. */
export const recordEntries = pgTable(
  'record_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    register: text('register').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => serviceUnits.id),
    type: text('type').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Codes of the entry, e.g. ICPC-2 / ICD-10 / a measurement: [{system, code, display, value?, unit?}]. */
    codes: jsonb('codes').notNull().default(sql`'[]'::jsonb`),
    /** A minor of sufficient maturity has forbidden showing this entry to their guardians. */
    hiddenFromGuardians: boolean('hidden_from_guardians').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('record_entries_client_idx').on(t.clientId, t.register, t.occurredAt),
    check('record_entries_register_check', sql`${t.register} in ('social', 'health')`),
    check('record_entries_type_check', sql`${t.type} in ('visit', 'note', 'decision', 'document_summary', 'measurement')`),
  ],
);

/** Break-glass: a professional's access to one client with a reason, for a limited time, reviewed by a supervisor. */
export const emergencyAccesses = pgTable(
  'emergency_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    professionalId: uuid('professional_id').notNull(),
    professionalName: text('professional_name').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => serviceUnits.id),
    reason: text('reason').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (t) => [index('emergency_accesses_client_idx').on(t.clientId, t.professionalId), index('emergency_accesses_unit_idx').on(t.unitId, t.reviewedAt)],
);
