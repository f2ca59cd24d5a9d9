import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
import { consentEvents, consents } from './tables.ts';

export type ConsentRow = typeof consents.$inferSelect;

// The client overview reads a client's consents and checks a covering one: prepared reads.
const consentsQuery = preparedRead('consents_of_client', (db) =>
  db.select().from(consents).where(eq(consents.clientId, sql.placeholder('clientId'))).orderBy(desc(consents.createdAt)),
);

export async function consentsOf(db: DbOrTx, clientId: string): Promise<ConsentRow[]> {
  return consentsQuery(db, { clientId });
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

const eventsQuery = preparedRead('consent_events_of', (db) =>
  db
    .select()
    .from(consentEvents)
    .where(sql`${consentEvents.consentId} = any(${sql.placeholder('consentIds')}::uuid[])`)
    .orderBy(asc(consentEvents.at), asc(consentEvents.version)),
);

export async function eventsOf(db: DbOrTx, consentIds: string[]) {
  if (consentIds.length === 0) return [];
  return eventsQuery(db, { consentIds });
}

const coveringQuery = preparedRead('consents_covering', (db) =>
  db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.clientId, sql.placeholder('clientId')),
        isNull(consents.revokedAt),
        sql`${sql.placeholder('register')}::text = any(${consents.registers})`,
        sql`${sql.placeholder('organizationId')}::uuid = any(${consents.organizationIds})`,
        sql`${consents.validFrom} <= ${sql.placeholder('on')}::date`,
        or(isNull(consents.validTo), sql`${consents.validTo} >= ${sql.placeholder('on')}::date`),
      ),
    )
    .limit(1),
);

/** Is there a consent in force on the date that shares this register with this organisation? */
export async function coveringConsentExists(db: DbOrTx, clientId: string, register: string, organizationId: string, on: string): Promise<boolean> {
  const [row] = await coveringQuery(db, { clientId, register, organizationId, on });
  return row !== undefined;
}
