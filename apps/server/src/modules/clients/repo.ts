import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
import { careRelations, clients, emergencyAccesses, guardianships, recordEntries, serviceUnits, unitMemberships } from './tables.ts';

export type ClientRow = typeof clients.$inferSelect;
export type NewClient = typeof clients.$inferInsert;
export type UnitRow = typeof serviceUnits.$inferSelect;
export type RelationRow = typeof careRelations.$inferSelect;
export type EntryRow = typeof recordEntries.$inferSelect;
export type EmergencyRow = typeof emergencyAccesses.$inferSelect;

// The reads of the client overview, which professionals open all day long, are prepared.
const clientById = preparedRead('clients_by_id', (db) => db.select().from(clients).where(eq(clients.id, sql.placeholder('id'))));

export async function findClient(db: DbOrTx, id: string): Promise<ClientRow | undefined> {
  const [row] = await clientById(db, { id });
  return row;
}

const clientByUser = preparedRead('clients_by_user', (db) => db.select().from(clients).where(eq(clients.userId, sql.placeholder('userId'))));

/** The resident's own client record: read by every resident request about their data. */
export async function findClientByUser(db: DbOrTx, userId: string): Promise<ClientRow | undefined> {
  const [row] = await clientByUser(db, { userId });
  return row;
}

export async function upsertClient(db: DbOrTx, client: NewClient): Promise<string> {
  const target = client.identityCode ? clients.identityCode : clients.localId;
  const [row] = await db
    .insert(clients)
    .values(client)
    .onConflictDoUpdate({ target, set: { ...client, id: undefined } })
    .returning({ id: clients.id });
  return row!.id;
}

/** By identity code, or by last name (prefix, case-insensitive) and birth date. */
export async function searchClients(db: DbOrTx, by: { identityCode: string } | { lastName: string; birthDate: string; firstNames?: string | undefined }, limit: number) {
  const where: SQL | undefined =
    'identityCode' in by
      ? eq(clients.identityCode, by.identityCode)
      : and(
          sql`lower(${clients.lastName}) = ${by.lastName.toLowerCase()}`,
          eq(clients.birthDate, by.birthDate),
          by.firstNames ? sql`lower(${clients.firstNames}) like ${`${by.firstNames.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`}` : undefined,
        );
  return db.select().from(clients).where(where).orderBy(asc(clients.lastName), asc(clients.firstNames)).limit(limit);
}

export async function insertGuardianship(db: DbOrTx, row: typeof guardianships.$inferInsert): Promise<void> {
  await db.insert(guardianships).values(row).onConflictDoNothing();
}

/** The minors whose guardian this client is, on a date (YYYY-MM-DD). */
export async function wardsOf(db: DbOrTx, guardianClientId: string, on: string): Promise<ClientRow[]> {
  return db
    .select({ c: clients })
    .from(guardianships)
    .innerJoin(clients, eq(clients.id, guardianships.minorClientId))
    .where(and(eq(guardianships.guardianClientId, guardianClientId), sql`${guardianships.validFrom} <= ${on}`, or(isNull(guardianships.validTo), sql`${guardianships.validTo} >= ${on}`)))
    .orderBy(asc(clients.birthDate))
    .then((rows) => rows.map((r) => r.c));
}

const guardiansQuery = preparedRead('clients_guardians_of', (db) =>
  db
    .select({ c: clients })
    .from(guardianships)
    .innerJoin(clients, eq(clients.id, guardianships.guardianClientId))
    .where(and(eq(guardianships.minorClientId, sql.placeholder('minorClientId')), isNull(guardianships.validTo))),
);

export async function guardiansOf(db: DbOrTx, minorClientId: string): Promise<ClientRow[]> {
  return (await guardiansQuery(db, { minorClientId })).map((r) => r.c);
}

export async function upsertUnit(db: DbOrTx, unit: typeof serviceUnits.$inferInsert): Promise<string> {
  const [row] = await db
    .insert(serviceUnits)
    .values(unit)
    .onConflictDoUpdate({ target: serviceUnits.code, set: { ...unit, id: undefined } })
    .returning({ id: serviceUnits.id });
  return row!.id;
}

export async function setMembership(db: DbOrTx, userId: string, unitId: string, supervisor: boolean): Promise<void> {
  await db.insert(unitMemberships).values({ userId, unitId, supervisor }).onConflictDoUpdate({ target: unitMemberships.userId, set: { unitId, supervisor } });
}

const unitOfQuery = preparedRead('clients_unit_of', (db) =>
  db
    .select({ unit: serviceUnits, supervisor: unitMemberships.supervisor })
    .from(unitMemberships)
    .innerJoin(serviceUnits, eq(serviceUnits.id, unitMemberships.unitId))
    .where(eq(unitMemberships.userId, sql.placeholder('userId'))),
);

export async function unitOf(db: DbOrTx, userId: string): Promise<(UnitRow & { supervisor: boolean }) | undefined> {
  const [row] = await unitOfQuery(db, { userId });
  return row ? { ...row.unit, supervisor: row.supervisor } : undefined;
}

const unitsQuery = preparedRead('clients_units_by_ids', (db) => db.select().from(serviceUnits).where(sql`${serviceUnits.id} = any(${sql.placeholder('ids')}::uuid[])`));

export async function unitsByIds(db: DbOrTx, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return unitsQuery(db, { ids });
}

const activeAt = and(sql`${careRelations.startsAt} <= ${sql.placeholder('at')}::timestamptz`, or(isNull(careRelations.endsAt), sql`${careRelations.endsAt} > ${sql.placeholder('at')}::timestamptz`));

const activeRelationsQuery = preparedRead('clients_active_relations', (db) =>
  db
    .select()
    .from(careRelations)
    .where(and(eq(careRelations.clientId, sql.placeholder('clientId')), eq(careRelations.professionalId, sql.placeholder('professionalId')), activeAt)),
);

/** Relations of one professional with one client, in force at the moment. */
export async function activeRelations(db: DbOrTx, clientId: string, professionalId: string, at: Date): Promise<RelationRow[]> {
  return activeRelationsQuery(db, { clientId, professionalId, at: at.toISOString() });
}

const relationsOfClientQuery = preparedRead('clients_relations_of_client', (db) =>
  db
    .select()
    .from(careRelations)
    .where(and(eq(careRelations.clientId, sql.placeholder('clientId')), activeAt))
    .orderBy(asc(careRelations.startsAt)),
);

/** Every relation of the client in force at the moment: their care team in the wide sense. */
export async function relationsOfClient(db: DbOrTx, clientId: string, at: Date): Promise<RelationRow[]> {
  return relationsOfClientQuery(db, { clientId, at: at.toISOString() });
}

export async function insertRelation(db: DbOrTx, row: typeof careRelations.$inferInsert): Promise<RelationRow> {
  const [inserted] = await db.insert(careRelations).values(row).returning();
  return inserted!;
}

export async function endRelation(db: DbOrTx, id: string, professionalId: string, at: Date): Promise<RelationRow | undefined> {
  const [row] = await db
    .update(careRelations)
    .set({ endsAt: at })
    .where(and(eq(careRelations.id, id), eq(careRelations.professionalId, professionalId), or(isNull(careRelations.endsAt), gt(careRelations.endsAt, at))))
    .returning();
  return row;
}

export async function insertEntry(db: DbOrTx, row: typeof recordEntries.$inferInsert): Promise<EntryRow> {
  const [inserted] = await db.insert(recordEntries).values(row).returning();
  return inserted!;
}

const entriesQuery = preparedRead('clients_entries_of', (db) =>
  db
    .select()
    .from(recordEntries)
    .where(
      and(
        eq(recordEntries.clientId, sql.placeholder('clientId')),
        eq(recordEntries.register, sql.placeholder('register')),
        // Entries hidden from guardians are left out when the reader is a guardian.
        sql`(not ${sql.placeholder('excludeHidden')}::boolean or not ${recordEntries.hiddenFromGuardians})`,
      ),
    )
    .orderBy(desc(recordEntries.occurredAt))
    .limit(sql.placeholder('limit')),
);

export async function entriesOf(db: DbOrTx, clientId: string, register: string, limit: number, excludeHiddenFromGuardians = false): Promise<EntryRow[]> {
  return entriesQuery(db, { clientId, register, limit, excludeHidden: excludeHiddenFromGuardians });
}

export async function insertEmergency(db: DbOrTx, row: typeof emergencyAccesses.$inferInsert): Promise<EmergencyRow> {
  const [inserted] = await db.insert(emergencyAccesses).values(row).returning();
  return inserted!;
}

const activeEmergencyQuery = preparedRead('clients_active_emergency', (db) =>
  db
    .select()
    .from(emergencyAccesses)
    .where(
      and(
        eq(emergencyAccesses.clientId, sql.placeholder('clientId')),
        eq(emergencyAccesses.professionalId, sql.placeholder('professionalId')),
        // Started by the moment asked about, to the millisecond (the database keeps microseconds).
        sql`${emergencyAccesses.startedAt} < ${sql.placeholder('justAfter')}::timestamptz`,
        sql`${emergencyAccesses.expiresAt} > ${sql.placeholder('at')}::timestamptz`,
      ),
    )
    .orderBy(desc(emergencyAccesses.startedAt))
    .limit(1),
);

export async function activeEmergency(db: DbOrTx, clientId: string, professionalId: string, at: Date): Promise<EmergencyRow | undefined> {
  const [row] = await activeEmergencyQuery(db, { clientId, professionalId, at: at.toISOString(), justAfter: new Date(at.getTime() + 1).toISOString() });
  return row;
}

/** Emergency accesses for review: of one unit, or all (unitId null); unreviewed or all. */
export async function emergencies(db: DbOrTx, unitId: string | null, onlyUnreviewed: boolean) {
  return db
    .select({ e: emergencyAccesses, c: { firstNames: clients.firstNames, lastName: clients.lastName, birthDate: clients.birthDate }, unitName: serviceUnits.nameFi })
    .from(emergencyAccesses)
    .innerJoin(clients, eq(clients.id, emergencyAccesses.clientId))
    .innerJoin(serviceUnits, eq(serviceUnits.id, emergencyAccesses.unitId))
    .where(and(unitId ? eq(emergencyAccesses.unitId, unitId) : undefined, onlyUnreviewed ? isNull(emergencyAccesses.reviewedAt) : undefined))
    .orderBy(desc(emergencyAccesses.startedAt))
    .limit(200);
}

export async function reviewEmergency(db: DbOrTx, id: string, by: string, note: string, unitId: string | null): Promise<EmergencyRow | undefined> {
  const [row] = await db
    .update(emergencyAccesses)
    .set({ reviewedBy: by, reviewedAt: new Date(), reviewNote: note })
    .where(and(eq(emergencyAccesses.id, id), isNull(emergencyAccesses.reviewedAt), unitId ? eq(emergencyAccesses.unitId, unitId) : undefined))
    .returning();
  return row;
}

export async function findClientByIdentityCode(db: DbOrTx, identityCode: string): Promise<ClientRow | undefined> {
  const [row] = await db.select().from(clients).where(eq(clients.identityCode, identityCode));
  return row;
}

/** Record entries that stand for a contact with a service (not measurements or filed documents). */
const CONTACT_TYPES = ['visit', 'note', 'decision'];

export interface ServiceUse {
  clientId: string;
  contacts: number;
  distinctUnits: number;
  bothRegisters: boolean;
}

const serviceUseColumns = {
  clientId: recordEntries.clientId,
  contacts: sql<number>`count(*)::int`,
  distinctUnits: sql<number>`count(distinct ${recordEntries.unitId})::int`,
  bothRegisters: sql<boolean>`count(distinct ${recordEntries.register}) = 2`,
};

/** A client's use of social and health services since a date: counts only, never content. */
export async function serviceUseOf(db: DbOrTx, clientId: string, since: Date): Promise<ServiceUse> {
  const [row] = await db
    .select(serviceUseColumns)
    .from(recordEntries)
    .where(and(eq(recordEntries.clientId, clientId), gt(recordEntries.occurredAt, since), inArray(recordEntries.type, CONTACT_TYPES)))
    .groupBy(recordEntries.clientId);
  return row ?? { clientId, contacts: 0, distinctUnits: 0, bothRegisters: false };
}

/** Clients whose service use since a date reaches either figure, across both registers (early identification). */
export async function heavyServiceUsers(db: DbOrTx, since: Date, minUnits: number, minContacts: number, limit: number): Promise<ServiceUse[]> {
  return db
    .select(serviceUseColumns)
    .from(recordEntries)
    .where(and(gt(recordEntries.occurredAt, since), inArray(recordEntries.type, CONTACT_TYPES)))
    .groupBy(recordEntries.clientId)
    .having(and(sql`count(distinct ${recordEntries.register}) = 2`, or(sql`count(distinct ${recordEntries.unitId}) >= ${minUnits}`, sql`count(*) >= ${minContacts}`)))
    .orderBy(desc(sql`count(*)`))
    .limit(limit);
}

export async function clientsByIds(db: DbOrTx, ids: string[]): Promise<ClientRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(clients).where(inArray(clients.id, ids));
}

/** The units of several members of staff, keyed by user id. */
export async function unitsOfUsers(db: DbOrTx, userIds: string[]): Promise<Map<string, UnitRow>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: unitMemberships.userId, unit: serviceUnits })
    .from(unitMemberships)
    .innerJoin(serviceUnits, eq(serviceUnits.id, unitMemberships.unitId))
    .where(inArray(unitMemberships.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r.unit]));
}

export async function unitByCode(db: DbOrTx, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(serviceUnits).where(eq(serviceUnits.code, code));
  return row;
}

/** Every service unit (a short list: the units of the region's producers), by Finnish name. */
export async function allUnits(db: DbOrTx): Promise<UnitRow[]> {
  return db.select().from(serviceUnits).orderBy(asc(serviceUnits.nameFi));
}

/** Every member of staff in the units of one organisation, with their unit: the colleagues work can be handed to. */
export async function membersOfOrganization(db: DbOrTx, organizationId: string): Promise<{ userId: string; unit: UnitRow }[]> {
  return db
    .select({ userId: unitMemberships.userId, unit: serviceUnits })
    .from(unitMemberships)
    .innerJoin(serviceUnits, eq(serviceUnits.id, unitMemberships.unitId))
    .where(eq(serviceUnits.organizationId, organizationId));
}
