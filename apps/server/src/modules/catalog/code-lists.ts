import {
  ACCESSIBILITY_FEATURES,
  AppError,
  CHANNEL_TYPES,
  GRANTING_CONDITIONS,
  LIFE_COURSE_GROUP_NAMES,
  LIFE_COURSE_GROUPS,
  PRODUCER_TYPES,
  SERVICE_CLASSES,
  type LocalizedText,
} from '@avain/domain';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { localized } from './localized.ts';
import { catalogCodeEntries } from './tables.ts';

export const EDITABLE_LISTS = ['service_class', 'condition'] as const;
export type EditableList = (typeof EDITABLE_LISTS)[number];

export interface CodeEntry {
  code: string;
  parent: string | null;
  name: LocalizedText;
  active: boolean;
  shipped: boolean;
}

const SHIPPED: Record<EditableList, CodeEntry[]> = {
  service_class: Object.entries(SERVICE_CLASSES).map(([code, c]) => ({ code, parent: c.group, name: c.name, active: true, shipped: true })),
  condition: Object.entries(GRANTING_CONDITIONS).map(([code, name]) => ({ code, parent: null, name, active: true, shipped: true })),
};

/** A list as in force: the shipped entries with the coordinators' changes over them, then their additions. */
export async function codeList(db: DbOrTx, list: EditableList): Promise<CodeEntry[]> {
  const rows = await db.select().from(catalogCodeEntries).where(eq(catalogCodeEntries.list, list));
  const changed = new Map(rows.map((r) => [r.code, r]));
  const entry = (r: (typeof rows)[number], shipped: boolean): CodeEntry => ({
    code: r.code,
    parent: r.parent,
    name: localized(r.nameFi, r.nameSv, r.nameEn),
    active: r.active,
    shipped,
  });
  const shipped = SHIPPED[list].map((s) => (changed.has(s.code) ? entry(changed.get(s.code)!, true) : s));
  const added = rows.filter((r) => !SHIPPED[list].some((s) => s.code === r.code)).map((r) => entry(r, false));
  return [...shipped, ...added.sort((a, b) => a.code.localeCompare(b.code))];
}

export async function activeCodes(db: DbOrTx, list: EditableList): Promise<Map<string, CodeEntry>> {
  return new Map((await codeList(db, list)).filter((e) => e.active).map((e) => [e.code, e]));
}

export async function allCodeLists(db: DbOrTx) {
  const [serviceClasses, conditions] = await Promise.all([codeList(db, 'service_class'), codeList(db, 'condition')]);
  return {
    lifeCourseGroups: LIFE_COURSE_GROUPS.map((code) => ({ code, name: LIFE_COURSE_GROUP_NAMES[code] })),
    serviceClasses: serviceClasses.map((c) => ({ code: c.code, lifeCourseGroup: c.parent ?? 'everyone', name: c.name, active: c.active, shipped: c.shipped })),
    conditions: conditions.map((c) => ({ code: c.code, name: c.name, active: c.active, shipped: c.shipped })),
    producerTypes: [...PRODUCER_TYPES],
    channels: [...CHANNEL_TYPES],
    accessibility: [...ACCESSIBILITY_FEATURES],
  };
}

/**
 * A coordinator renames, retires or adds a code. Shipped codes keep their code; a retired code
 * stays on the services that have it but is no longer offered for new ones.
 */
export async function saveCode(
  db: Db,
  user: SessionUser,
  list: EditableList,
  code: string,
  input: { name: LocalizedText; parent?: string | null | undefined; active: boolean },
  requestId: string,
) {
  if (list === 'service_class' && !input.parent) {
    throw new AppError('validation', 'A service class belongs to a life-course group.', { errors: [{ field: 'body.parent', message: 'is required for a service class' }] });
  }
  if (list === 'service_class' && !(LIFE_COURSE_GROUPS as readonly string[]).includes(input.parent!)) {
    throw new AppError('validation', 'Unknown life-course group.', { errors: [{ field: 'body.parent', message: `must be one of ${LIFE_COURSE_GROUPS.join(', ')}` }] });
  }
  const values = {
    list,
    code,
    parent: list === 'service_class' ? input.parent! : null,
    nameFi: input.name.fi,
    nameSv: input.name.sv ?? null,
    nameEn: input.name.en ?? null,
    active: input.active,
    updatedAt: new Date(),
    updatedBy: user.id,
  };
  await db.transaction(async (tx) => {
    await tx.insert(catalogCodeEntries).values(values).onConflictDoUpdate({ target: [catalogCodeEntries.list, catalogCodeEntries.code], set: values });
    await recordAudit(tx, { actor: { id: user.id, name: user.displayName, role: user.role }, action: 'catalog.code_list.save', outcome: 'success', resourceType: `code:${list}`, resourceId: code, requestId });
  });
  return (await codeList(db, list)).find((e) => e.code === code)!;
}
