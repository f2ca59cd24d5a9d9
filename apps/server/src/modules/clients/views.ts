import { ageOn, helsinkiDate, type Register } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { organizationNames } from '../catalog/service.ts';
import { consentViews } from '../consent/service.ts';
import * as repo from './repo.ts';
import type { EntryView } from './schema.ts';

const fullName = (c: { firstNames: string; lastName: string }) => `${c.firstNames} ${c.lastName}`;
export { fullName };

export function basicDataOf(client: repo.ClientRow, guardians: repo.GuardianName[], showAddress: boolean, now = new Date()) {
  const hidden = client.nonDisclosure && !showAddress;
  return {
    id: client.id,
    firstNames: client.firstNames,
    lastName: client.lastName,
    birthDate: client.birthDate,
    age: ageOn(client.birthDate, helsinkiDate(now)),
    sex: client.sex,
    identityCode: client.identityCode,
    localId: client.localId,
    phone: hidden ? null : client.phone,
    email: client.email,
    address: hidden ? null : { street: client.street, postalCode: client.postalCode, city: client.city },
    addressProtected: hidden,
    nonDisclosure: client.nonDisclosure,
    language: client.language,
    otherLanguage: client.otherLanguage,
    interpreterNeeded: client.interpreterNeeded,
    municipality: hidden ? null : client.municipality,
    areaCode: hidden ? null : client.areaCode,
    deceasedOn: client.deceasedOn,
    guardians: guardians.map((g) => ({ id: g.id, name: fullName(g) })),
  };
}

export function entryView(e: repo.EntryWithUnit): EntryView {
  return {
    id: e.id,
    register: e.register as Register,
    unit: e.unitName,
    type: e.type as EntryView['type'],
    title: e.title,
    text: e.text,
    author: e.authorName,
    occurredAt: e.occurredAt.toISOString(),
    codes: e.codes as EntryView['codes'],
  };
}

export async function relationViews(db: DbOrTx, clientId: string, now = new Date()) {
  const rows = await repo.relationsOfClient(db, clientId, now);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as 'appointment' | 'case' | 'team',
    professional: r.professionalName,
    professionalId: r.professionalId,
    unit: r.unitName,
    register: r.unitRegister as Register,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
  }));
}

export async function consentsWithNames(db: DbOrTx, clientId: string, now = new Date()) {
  const rows = await consentViews(db, clientId, () => '', now);
  const names = await organizationNames(db, rows.flatMap((c) => c.organizations.map((o) => o.id)));
  return rows.map((c) => ({ ...c, organizations: c.organizations.map((o) => ({ id: o.id, name: names.get(o.id) ?? o.id })) }));
}
