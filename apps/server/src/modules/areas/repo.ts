import { asc, desc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { centreChoices, postalCodeAssignments, postalCodes, welfareAreas } from './tables.ts';

export type AreaRow = typeof welfareAreas.$inferSelect;

export async function listAreas(db: DbOrTx): Promise<AreaRow[]> {
  return db.select().from(welfareAreas).orderBy(asc(welfareAreas.sortOrder), asc(welfareAreas.code));
}

export async function upsertArea(db: DbOrTx, area: typeof welfareAreas.$inferInsert): Promise<string> {
  const [row] = await db
    .insert(welfareAreas)
    .values(area)
    .onConflictDoUpdate({ target: welfareAreas.code, set: { ...area, id: undefined } })
    .returning({ id: welfareAreas.id });
  return row!.id;
}

export async function findAreaByCode(db: DbOrTx, code: string): Promise<AreaRow | undefined> {
  const [row] = await db.select().from(welfareAreas).where(eq(welfareAreas.code, code));
  return row;
}

export type PostalCodeRow = typeof postalCodes.$inferSelect;
export type AssignmentRow = typeof postalCodeAssignments.$inferSelect;

export async function upsertPostalCode(db: DbOrTx, row: typeof postalCodes.$inferInsert): Promise<void> {
  await db.insert(postalCodes).values(row).onConflictDoUpdate({ target: postalCodes.code, set: row });
}

export async function findPostalCode(db: DbOrTx, code: string): Promise<PostalCodeRow | undefined> {
  const [row] = await db.select().from(postalCodes).where(eq(postalCodes.code, code));
  return row;
}

export async function listPostalCodes(db: DbOrTx): Promise<PostalCodeRow[]> {
  return db.select().from(postalCodes).orderBy(asc(postalCodes.code));
}

/** Postal codes whose post office or district has this name (case-insensitive). */
export async function postalCodesNamed(db: DbOrTx, name: string): Promise<PostalCodeRow[]> {
  const lowered = name.toLowerCase();
  return db
    .select()
    .from(postalCodes)
    .where(or(sql`lower(${postalCodes.postOffice}) = ${lowered}`, sql`lower(${postalCodes.district}) = ${lowered}`))
    .orderBy(asc(postalCodes.code));
}

export async function assignmentsOf(db: DbOrTx, code: string): Promise<AssignmentRow[]> {
  return db.select().from(postalCodeAssignments).where(eq(postalCodeAssignments.postalCode, code)).orderBy(asc(postalCodeAssignments.centreLocationId));
}

export async function listAssignments(db: DbOrTx): Promise<AssignmentRow[]> {
  // Ordered by centre so a split code's parts keep their order across saves.
  return db.select().from(postalCodeAssignments).orderBy(asc(postalCodeAssignments.postalCode), asc(postalCodeAssignments.centreLocationId));
}

export async function replaceAssignments(db: DbOrTx, code: string, rows: Omit<typeof postalCodeAssignments.$inferInsert, 'postalCode'>[]) {
  await db.delete(postalCodeAssignments).where(eq(postalCodeAssignments.postalCode, code));
  if (rows.length > 0) await db.insert(postalCodeAssignments).values(rows.map((r) => ({ ...r, postalCode: code })));
}

export async function updateArea(db: DbOrTx, code: string, values: Partial<typeof welfareAreas.$inferInsert>): Promise<AreaRow | undefined> {
  const [row] = await db.update(welfareAreas).set(values).where(eq(welfareAreas.code, code)).returning();
  return row;
}

/** A resident's centre choices, newest first. */
export async function choicesOf(db: DbOrTx, userId: string) {
  return db.select().from(centreChoices).where(eq(centreChoices.userId, userId)).orderBy(desc(centreChoices.chosenAt));
}

export async function insertChoice(db: DbOrTx, userId: string, centreLocationId: string, chosenAt: Date): Promise<void> {
  await db.insert(centreChoices).values({ userId, centreLocationId, chosenAt });
}

/** Serialises choices of one resident so two parallel requests cannot both pass the once-a-year rule. */
export async function lockResidentChoices(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('centre_choice'), hashtext(${userId}))`);
}
