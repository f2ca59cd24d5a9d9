import { doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** Population-responsibility areas of the region (Oulu: south, east, north, central). */
export const welfareAreas = pgTable('welfare_areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv'),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Physical places where services are given: welfare centres, welfare points and others. */
export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    areaId: uuid('area_id').references(() => welfareAreas.id),
    type: text('type').notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv'),
    nameEn: text('name_en'),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
  },
  (t) => [index('locations_area_idx').on(t.areaId)],
);
