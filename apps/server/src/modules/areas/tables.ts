import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Population-responsibility areas of the region (Oulu: south, east, north, central). */
export const welfareAreas = pgTable('welfare_areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv'),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
  /** GeoJSON Polygon or MultiPolygon of the area's boundary (WGS 84). */
  boundary: jsonb('boundary'),
});

/** A postal code of the region with a representative point and its area polygon (GeoJSON). */
export const postalCodes = pgTable('postal_codes', {
  code: text('code').primaryKey(),
  postOffice: text('post_office').notNull(),
  district: text('district'),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  boundary: jsonb('boundary'),
  /** Where the boundary comes from, e.g. an approximation or an imported open data set. */
  boundarySource: text('boundary_source'),
});

/**
 * Which welfare centre is responsible for the residents of a postal code. A split postal code has
 * several rows, each with the polygon of its part.
 */
export const postalCodeAssignments = pgTable(
  'postal_code_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postalCode: text('postal_code').notNull(),
    areaId: uuid('area_id')
      .notNull()
      .references(() => welfareAreas.id),
    /** The responsible welfare centre: a location of the catalogue. */
    centreLocationId: uuid('centre_location_id').notNull(),
    placeName: text('place_name').notNull(),
    part: jsonb('part'),
  },
  (t) => [index('postal_code_assignments_code_idx').on(t.postalCode)],
);

/** A resident's own choice of welfare centre (freedom of choice); the newest row is in force. */
export const centreChoices = pgTable(
  'centre_choices',
  {
    userId: uuid('user_id').notNull(),
    chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull().default(sql`now()`),
    centreLocationId: uuid('centre_location_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.chosenAt] })],
);
