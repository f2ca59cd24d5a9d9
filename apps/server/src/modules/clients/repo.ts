import { helsinkiDate } from '@avain/domain';
import { aliasedTable, and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { preparedRead, type DbOrTx } from '../../db/client.ts';
import { displayNameOf } from '../auth/service.ts';
import { coveringConsentCondition } from '../consent/service.ts';
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

/** A unit's register as an expression other reads embed (where a booking of the unit is recorded). */
export function registerOfUnit(unitId: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${serviceUnits.register} from ${serviceUnits} where ${serviceUnits.id} = ${unitId})`;
}

export async function unitsByIds(db: DbOrTx, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return unitsQuery(db, { ids });
}

const activeAt = and(sql`${careRelations.startsAt} <= ${sql.placeholder('at')}::timestamptz`, or(isNull(careRelations.endsAt), sql`${careRelations.endsAt} > ${sql.placeholder('at')}::timestamptz`));

const relationOfProfessional = and(eq(careRelations.clientId, sql.placeholder('clientId')), eq(careRelations.professionalId, sql.placeholder('professionalId')), activeAt);

const activeRelationsQuery = preparedRead('clients_active_relations', (db) => db.select().from(careRelations).where(relationOfProfessional));

/** Relations of one professional with one client, in force at the moment. */
export async function activeRelations(db: DbOrTx, clientId: string, professionalId: string, at: Date): Promise<RelationRow[]> {
  return activeRelationsQuery(db, { clientId, professionalId, at: at.toISOString() });
}

const relationsOfClientQuery = preparedRead('clients_relations_of_client', (db) =>
  db
    .select({ relation: careRelations, unitName: serviceUnits.nameFi, unitRegister: serviceUnits.register, professionalName: displayNameOf(careRelations.professionalId) })
    .from(careRelations)
    .innerJoin(serviceUnits, eq(serviceUnits.id, careRelations.unitId))
    .where(and(eq(careRelations.clientId, sql.placeholder('clientId')), activeAt))
    .orderBy(asc(careRelations.startsAt)),
);

export type RelationWithUnit = RelationRow & { unitName: string; unitRegister: string; professionalName: string };

/** Every relation of the client in force at the moment, with its unit and professional: their care team in the wide sense. */
export async function relationsOfClient(db: DbOrTx, clientId: string, at: Date): Promise<RelationWithUnit[]> {
  return (await relationsOfClientQuery(db, { clientId, at: at.toISOString() })).map((r) => ({ ...r.relation, unitName: r.unitName, unitRegister: r.unitRegister, professionalName: r.professionalName ?? '' }));
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

export type EntryWithUnit = EntryRow & { unitName: string };

const recentEntries = (db: DbOrTx) =>
  db
    .select()
    .from(recordEntries)
    .where(
      and(
        eq(recordEntries.clientId, sql.placeholder('clientId')),
        sql`${recordEntries.register} = wanted.register`,
        // Entries hidden from guardians are left out when the reader is a guardian.
        sql`(not ${sql.placeholder('excludeHidden')}::boolean or not ${recordEntries.hiddenFromGuardians})`,
      ),
    )
    .orderBy(desc(recordEntries.occurredAt))
    .limit(sql.placeholder('limit'))
    .as('recent');

// The newest entries of each register asked for, with their unit's name: one statement for both.
const entriesQuery = preparedRead('clients_entries_of', (db) => {
  const recent = recentEntries(db);
  return db
    .select({ entry: recent._.selectedFields, unitName: serviceUnits.nameFi })
    .from(sql`unnest(${sql.placeholder('registers')}::text[]) as wanted(register)`)
    .innerJoinLateral(recent, sql`true`)
    .innerJoin(serviceUnits, eq(serviceUnits.id, recent.unitId))
    .orderBy(desc(recent.occurredAt));
});

/** The newest entries of each register, at most `limit` a register, newest first. */
export async function entriesOf(db: DbOrTx, clientId: string, registers: readonly string[], limit: number, excludeHiddenFromGuardians = false): Promise<EntryWithUnit[]> {
  if (registers.length === 0) return [];
  const rows = await entriesQuery(db, { clientId, registers, limit, excludeHidden: excludeHiddenFromGuardians });
  return rows.map((r) => ({ ...r.entry, unitName: r.unitName }));
}

export async function insertEmergency(db: DbOrTx, row: typeof emergencyAccesses.$inferInsert): Promise<EmergencyRow> {
  const [inserted] = await db.insert(emergencyAccesses).values(row).returning();
  return inserted!;
}

const emergencyOfProfessional = and(
  eq(emergencyAccesses.clientId, sql.placeholder('clientId')),
  eq(emergencyAccesses.professionalId, sql.placeholder('professionalId')),
  // Started by the moment asked about, to the millisecond (the database keeps microseconds).
  sql`${emergencyAccesses.startedAt} < ${sql.placeholder('justAfter')}::timestamptz`,
  sql`${emergencyAccesses.expiresAt} > ${sql.placeholder('at')}::timestamptz`,
);

const activeEmergencyQuery = preparedRead('clients_active_emergency', (db) =>
  db.select().from(emergencyAccesses).where(emergencyOfProfessional).orderBy(desc(emergencyAccesses.startedAt)).limit(1),
);

const momentParams = (at: Date) => ({ at: at.toISOString(), justAfter: new Date(at.getTime() + 1).toISOString() });

export async function activeEmergency(db: DbOrTx, clientId: string, professionalId: string, at: Date): Promise<EmergencyRow | undefined> {
  const [row] = await activeEmergencyQuery(db, { clientId, professionalId, ...momentParams(at) });
  return row;
}

/** What decides a member of staff's access to one client besides their role. */
export interface StaffFacts {
  unit: UnitRow & { supervisor: boolean };
  activeRelation: boolean;
  relationNeedsAddress: boolean;
  emergencyReason: string | null;
  /** A consent in force shares the register other than the unit's own with the unit's organisation. */
  otherRegisterConsent: boolean;
}

export interface GuardianName {
  id: string;
  firstNames: string;
  lastName: string;
}

/** The client's guardians in force, as JSON beside the client. */
const guardiansJson = (db: DbOrTx) => {
  const guardian = aliasedTable(clients, 'guardian');
  const names = db
    .select({ json: sql`json_build_object('id', ${guardian.id}, 'firstNames', ${guardian.firstNames}, 'lastName', ${guardian.lastName})`.as('json') })
    .from(guardianships)
    .innerJoin(guardian, eq(guardian.id, guardianships.guardianClientId))
    .where(and(eq(guardianships.minorClientId, clients.id), isNull(guardianships.validTo)));
  return sql<GuardianName[]>`coalesce((select json_agg(g.json) from (${names}) g), '[]'::json)`;
};

// Read for every client a professional opens: the client, their guardians and every fact of the access decision in
// one statement. Relations, emergency access and consent are asked only where the user has a unit.
const accessFactsQuery = preparedRead('clients_access_facts', (db) => {
  const inUnit = (condition: SQL) => sql<boolean>`(${serviceUnits.id} is not null and ${condition})`;
  const otherRegister = sql`(case ${serviceUnits.register} when 'health' then 'social' else 'health' end)`;
  return db
    .select({
      client: clients,
      guardians: guardiansJson(db),
      unit: serviceUnits,
      supervisor: unitMemberships.supervisor,
      activeRelation: inUnit(sql`exists (${db.select({ one: sql`1` }).from(careRelations).where(relationOfProfessional)})`),
      relationNeedsAddress: inUnit(sql`exists (${db.select({ one: sql`1` }).from(careRelations).where(and(relationOfProfessional, eq(careRelations.needsAddress, true)))})`),
      emergencyReason: sql<string | null>`(${db.select({ reason: emergencyAccesses.reason }).from(emergencyAccesses).where(emergencyOfProfessional).orderBy(desc(emergencyAccesses.startedAt)).limit(1)})`,
      otherRegisterConsent: inUnit(coveringConsentCondition(clients.id, otherRegister, serviceUnits.organizationId, sql.placeholder('on'))),
    })
    .from(clients)
    .leftJoin(unitMemberships, eq(unitMemberships.userId, sql.placeholder('professionalId')))
    .leftJoin(serviceUnits, eq(serviceUnits.id, unitMemberships.unitId))
    .where(eq(clients.id, sql.placeholder('clientId')));
});

/**
 * The client, and for a member of staff the facts of access; `staff` is undefined for a user in no
 * unit: they have no register, and relations without one count for nothing.
 */
export async function accessFacts(db: DbOrTx, clientId: string, professionalId: string, at: Date): Promise<{ client: ClientRow; guardians: GuardianName[]; staff: StaffFacts | undefined } | undefined> {
  const [row] = await accessFactsQuery(db, { clientId, professionalId, on: helsinkiDate(at), ...momentParams(at) });
  if (!row) return undefined;
  const { client, unit, supervisor } = row;
  const staff = unit && {
    unit: { ...unit, supervisor: supervisor ?? false },
    activeRelation: row.activeRelation,
    relationNeedsAddress: row.relationNeedsAddress,
    emergencyReason: row.emergencyReason,
    otherRegisterConsent: row.otherRegisterConsent,
  };
  return { client, guardians: row.guardians, staff: staff ?? undefined };
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
