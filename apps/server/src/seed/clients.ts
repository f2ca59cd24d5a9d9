import type { DbOrTx } from '../db/client.ts';
import { organizationIdsByCode } from '../modules/catalog/service.ts';
import { findClientByIdentityCode, saveClient, saveEntry, saveGuardianship, saveMembership, saveRelation, saveUnit } from '../modules/clients/service.ts';
import { DEMO_CLIENTS, DEMO_ENTRIES, DEMO_MEMBERSHIPS, DEMO_RELATIONS, DEMO_UNITS, testIdentityCode } from './clients-oulu.ts';

const REGION = { code: 'pphva', name: 'Pohjois-Pohjanmaan hyvinvointialue' };
const DAY_MS = 86_400_000;
const CITY_OF: Record<string, string> = { '90410': 'Oulu', '90500': 'Oulu', '90100': 'Oulu', '90570': 'Oulu' };

/**
 * Demo units, staff memberships, clients with guardians, relations and record entries. Entries and
 * relations are added only to clients that have none, so reloading the seed adds nothing twice.
 */
export interface DemoClientIds {
  clients: Map<string, string>;
  units: Map<string, string>;
  /** Clients created by this run: only they get relations, entries and plans, so a reload adds nothing twice. */
  fresh: Set<string>;
}

export async function loadDemoClients(db: DbOrTx, userIds: Map<string, string>, displayNames: Map<string, string>, now = new Date()): Promise<DemoClientIds> {
  const regionId = (await organizationIdsByCode(db)).get(REGION.code);
  if (!regionId) throw new Error('The demo catalogue has no welfare region organisation');
  const unitIds = new Map<string, string>();
  for (const unit of DEMO_UNITS) unitIds.set(unit.code, await saveUnit(db, { ...unit, organizationId: regionId, organizationName: REGION.name }));
  for (const m of DEMO_MEMBERSHIPS) await saveMembership(db, userIds.get(m.username)!, unitIds.get(m.unit)!, m.supervisor);

  const clientIds = new Map<string, string>();
  const fresh = new Set<string>();
  for (const c of DEMO_CLIENTS) {
    const identityCode = testIdentityCode(c.birthDate, c.individual);
    const existed = await findClientByIdentityCode(db, identityCode);
    const id = await saveClient(db, {
      identityCode,
      firstNames: c.firstNames,
      lastName: c.lastName,
      birthDate: c.birthDate,
      sex: c.sex,
      phone: c.phone,
      email: c.user ? `${c.firstNames.split(' ')[0]!.toLowerCase()}.${c.lastName.toLowerCase()}@example.fi` : null,
      street: c.street,
      postalCode: c.postalCode,
      city: CITY_OF[c.postalCode] ?? 'Oulu',
      municipality: 'Oulu',
      language: c.language ?? 'fi',
      otherLanguage: c.otherLanguage ?? null,
      interpreterNeeded: c.interpreterNeeded ?? false,
      nonDisclosure: c.nonDisclosure ?? false,
      userId: c.user ? (userIds.get(c.user) ?? null) : null,
    });
    clientIds.set(c.key, id);
    if (!existed) fresh.add(c.key);
  }
  for (const c of DEMO_CLIENTS) {
    for (const g of c.guardians ?? []) {
      await saveGuardianship(db, { minorClientId: clientIds.get(c.key)!, guardianClientId: clientIds.get(g)!, validFrom: c.birthDate });
    }
  }
  for (const r of DEMO_RELATIONS.filter((r) => fresh.has(r.client))) {
    const startsAt = new Date(now.getTime() - r.daysAgo * DAY_MS);
    await saveRelation(db, {
      clientId: clientIds.get(r.client)!,
      professionalId: userIds.get(r.professional)!,
      unitId: unitIds.get(r.unit)!,
      kind: r.kind,
      needsAddress: r.needsAddress,
      startsAt,
      endsAt: r.lastsDays === null ? null : new Date(startsAt.getTime() + r.lastsDays * DAY_MS),
    });
  }
  for (const e of DEMO_ENTRIES.filter((e) => fresh.has(e.client))) {
    const unit = DEMO_UNITS.find((u) => u.code === e.unit)!;
    await saveEntry(db, {
      clientId: clientIds.get(e.client)!,
      register: unit.register,
      unitId: unitIds.get(e.unit)!,
      type: e.type,
      authorId: userIds.get(e.author) ?? null,
      authorName: displayNames.get(e.author) ?? e.author,
      occurredAt: new Date(now.getTime() - e.daysAgo * DAY_MS),
      title: e.title,
      text: e.text,
      codes: e.codes ?? [],
      hiddenFromGuardians: e.hiddenFromGuardians ?? false,
    });
  }
  return { clients: clientIds, units: unitIds, fresh };
}
