import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { consentEvents, consents } from './tables.ts';

export type ConsentRow = typeof consents.$inferSelect;

export async function consentsOf(db: DbOrTx, clientId: string): Promise<ConsentRow[]> {
  return db.select().from(consents).where(eq(consents.clientId, clientId)).orderBy(desc(consents.createdAt));
}

export async function findConsent(db: DbOrTx, id: string): Promise<ConsentRow | undefined> {
  const [row] = await db.select().from(consents).where(eq(consents.id, id));
  return row;
}

export async function insertConsent(db: DbOrTx, row: typeof consents.$inferInsert): Promise<ConsentRow> {
  const [inserted] = await db.insert(consents).values(row).returning();
  return inserted!;
}

/** Changes a consent that is still in force and at the expected version; undefined when it was changed meanwhile. */
export async function updateConsent(db: DbOrTx, id: string, version: number, values: Partial<typeof consents.$inferInsert>): Promise<ConsentRow | undefined> {
  const [row] = await db
    .update(consents)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(consents.id, id), eq(consents.version, version), isNull(consents.revokedAt)))
    .returning();
  return row;
}

export async function insertEvent(db: DbOrTx, row: typeof consentEvents.$inferInsert): Promise<void> {
  await db.insert(consentEvents).values(row);
}

export async function eventsOf(db: DbOrTx, consentIds: string[]) {
  if (consentIds.length === 0) return [];
  return db
    .select()
    .from(consentEvents)
    .where(sql`${consentEvents.consentId} in (${sql.join(consentIds.map((id) => sql`${id}::uuid`), sql`, `)})`)
    .orderBy(asc(consentEvents.at), asc(consentEvents.version));
}

/** Is there a consent in force on the date that shares this register with this organisation? */
export async function coveringConsentExists(db: DbOrTx, clientId: string, register: string, organizationId: string, on: string): Promise<boolean> {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.clientId, clientId),
        isNull(consents.revokedAt),
        sql`${register} = any(${consents.registers})`,
        sql`${organizationId}::uuid = any(${consents.organizationIds})`,
        sql`${consents.validFrom} <= ${on}::date`,
        or(isNull(consents.validTo), sql`${consents.validTo} >= ${on}::date`),
      ),
    )
    .limit(1);
  return row !== undefined;
}
