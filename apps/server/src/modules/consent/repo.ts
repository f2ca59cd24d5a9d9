import { and, desc, eq, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
import { consentEvents, consents } from './tables.ts';

export type ConsentRow = typeof consents.$inferSelect;

export interface ConsentEventSummary {
  version: number;
  action: string;
  byName: string;
  at: Date;
}

// The client overview reads a client's consents with their history: one prepared statement. (The
// consent's id is written out with its table: in a select list drizzle leaves it unqualified.)
const consentsQuery = preparedRead('consents_of_client', (db) =>
  db
    .select({
      consent: consents,
      history: sql<{ version: number; action: string; byName: string; at: string }[]>`coalesce((
        select json_agg(json_build_object('version', e.version, 'action', e.action, 'byName', e.by_name, 'at', e.at) order by e.at, e.version)
          from ${consentEvents} e where e.consent_id = ${consents}.${sql.identifier(consents.id.name)}), '[]'::json)`,
    })
    .from(consents)
    .where(eq(consents.clientId, sql.placeholder('clientId')))
    .orderBy(desc(consents.createdAt)),
);

/** A client's consents, newest first, each with its history in order. */
export async function consentsOf(db: DbOrTx, clientId: string): Promise<(ConsentRow & { history: ConsentEventSummary[] })[]> {
  const rows = await consentsQuery(db, { clientId });
  return rows.map(({ consent, history }) => ({ ...consent, history: history.map((e) => ({ ...e, at: new Date(e.at) })) }));
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

/**
 * "A consent in force on the date shares this register with this organisation", as a condition
 * other reads embed (the access gate asks it together with its other facts, in one statement).
 */
export function coveringConsentCondition(clientId: SQLWrapper, register: SQLWrapper, organizationId: SQLWrapper, on: SQLWrapper): SQL {
  return sql`exists (select 1 from ${consents} where ${and(
    eq(consents.clientId, clientId),
    isNull(consents.revokedAt),
    sql`${register}::text = any(${consents.registers})`,
    sql`${organizationId}::uuid = any(${consents.organizationIds})`,
    sql`${consents.validFrom} <= ${on}::date`,
    or(isNull(consents.validTo), sql`${consents.validTo} >= ${on}::date`),
  )})`;
}
