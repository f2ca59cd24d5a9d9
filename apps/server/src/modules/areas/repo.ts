import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { welfareAreas } from './tables.ts';

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
