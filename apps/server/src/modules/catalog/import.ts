import { AppError, CHANNEL_TYPES, FEE_TYPES, LANGUAGES, LIFE_COURSE_GROUPS, type FieldError } from '@avain/domain';
import { activeCodes } from './code-lists.ts';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { SessionUser } from '../auth/service.ts';
import { recordAudit } from '../audit/service.ts';
import { parseCsv } from './csv.ts';
import * as editingRepo from './repo-editing.ts';
import * as repo from './repo.ts';
import { refreshSearchIndex } from './search-index.ts';

const list = z.string().transform((v) => v.split(';').map((s) => s.trim()).filter(Boolean));
const optionalText = z.string().trim().transform((v) => v || null);
const optionalInt = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '') return null;
    if (!/^\d+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'must be a whole number' });
      return z.NEVER;
    }
    return Number(v);
  });

/** One row of the import file; the header names the columns. */
const importRow = z.object({
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'must be lower-case letters, digits and hyphens'),
  organization: z.string().trim().min(1, 'is required'),
  service_class: z.string().trim().min(1, 'is required'),
  life_course_group: z.union([z.enum(LIFE_COURSE_GROUPS), z.literal('')]),
  status: z.union([z.enum(['draft', 'published']), z.literal('')]),
  name_fi: z.string().trim().min(2, 'is required'),
  name_sv: optionalText,
  name_en: optionalText,
  summary_fi: z.string().trim().min(2, 'is required'),
  summary_sv: optionalText,
  summary_en: optionalText,
  description_fi: z.string().trim().min(2, 'is required'),
  description_sv: optionalText,
  description_en: optionalText,
  keywords: list,
  target_groups: list,
  languages: z.string().transform((v) => v.trim() || 'fi').pipe(list).pipe(z.array(z.enum(LANGUAGES))),
  granting_criteria_fi: z.string().trim(),
  min_age: optionalInt,
  max_age: optionalInt,
  quality_criteria_fi: z.string().trim(),
  fee_type: z.enum(FEE_TYPES),
  fee_amount_cents: optionalInt,
  fee_rule_fi: z.string().trim(),
  locations: list.pipe(z.array(z.string()).min(1, 'name at least one location code')),
  channels: list.pipe(z.array(z.enum(CHANNEL_TYPES)).min(1, 'name at least one channel')),
});

export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
}

/**
 * Imports services from CSV. Every row is checked first; if any row has a problem, nothing is
 * written and every problem is reported by row number (the header is row 1) and column.
 */
export async function importServicesCsv(db: Db, user: SessionUser, csv: string, requestId: string): Promise<ImportResult> {
  const [header, ...rows] = parseCsv(csv);
  if (!header || rows.length === 0) throw new AppError('validation', 'The file has no rows under its header.', { errors: [{ field: 'body', message: 'needs a header row and at least one service row' }] });
  const columns = header.map((h) => h.trim().toLowerCase());
  const [organizations, locations, classes] = await Promise.all([repo.organizationIndex(db), repo.locationIndex(db), activeCodes(db, 'service_class')]);
  const errors: FieldError[] = [];
  const parsed = rows.map((cells, i) => {
    const rowNumber = i + 2;
    // Every known column is present; a column missing from the file reads as empty.
    const record = Object.fromEntries(Object.keys(importRow.shape).map((c) => [c, cells[columns.indexOf(c)] ?? '']));
    const result = importRow.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push({ field: `row ${rowNumber}: ${issue.path.join('.') || 'row'}`, message: issue.message });
      return null;
    }
    const r = result.data;
    if (!classes.has(r.service_class)) errors.push({ field: `row ${rowNumber}: service_class`, message: `${r.service_class} is not a service class in use` });
    const organizationId = organizations.get(r.organization);
    if (!organizationId) errors.push({ field: `row ${rowNumber}: organization`, message: `no organisation with code or business id ${r.organization}` });
    const unknown = r.locations.filter((code) => !locations.has(code));
    if (unknown.length > 0) errors.push({ field: `row ${rowNumber}: locations`, message: `unknown location code ${unknown.join(', ')}` });
    if (r.fee_type === 'fixed' && r.fee_amount_cents === null) errors.push({ field: `row ${rowNumber}: fee_amount_cents`, message: 'is required for a fixed fee' });
    return { r, organizationId: organizationId ?? '', rowNumber };
  });
  const firstRowOf = new Map<string, number>();
  for (const p of parsed) {
    if (!p) continue;
    const first = firstRowOf.get(p.r.code);
    if (first !== undefined) errors.push({ field: `row ${p.rowNumber}: code`, message: `${p.r.code} is already on row ${first}` });
    else firstRowOf.set(p.r.code, p.rowNumber);
  }
  const codes = [...firstRowOf.keys()];
  if (errors.length > 0) {
    throw new AppError('validation', `The file was not imported: ${errors.length} problem(s) in ${new Set(errors.map((e) => e.field.split(':')[0])).size} row(s). Nothing was written.`, { errors });
  }

  return db.transaction(async (tx) => {
    const existing = await repo.serviceCodes(tx, codes);
    const ids: string[] = [];
    for (const p of parsed) {
      const { r, organizationId } = p!;
      const id = await repo.upsertService(tx, {
        code: r.code,
        organizationId,
        serviceClass: r.service_class,
        lifeCourseGroup: r.life_course_group || classes.get(r.service_class)!.parent || 'everyone',
        status: r.status || 'published',
        nameFi: r.name_fi,
        nameSv: r.name_sv,
        nameEn: r.name_en,
        summaryFi: r.summary_fi,
        summarySv: r.summary_sv,
        summaryEn: r.summary_en,
        descriptionFi: r.description_fi,
        descriptionSv: r.description_sv,
        descriptionEn: r.description_en,
        keywords: r.keywords,
        targetGroups: r.target_groups,
        languages: r.languages,
        grantingCriteria: { text: { fi: r.granting_criteria_fi }, ...(r.min_age !== null ? { minAge: r.min_age } : {}), ...(r.max_age !== null ? { maxAge: r.max_age } : {}) },
        qualityCriteria: { fi: r.quality_criteria_fi },
        feeType: r.fee_type,
        feeAmountCents: r.fee_amount_cents,
        feeRule: { fi: r.fee_rule_fi },
      });
      await repo.replaceServiceLocations(tx, id, r.locations.map((code) => ({ locationId: locations.get(code)!, channels: r.channels.map((type) => ({ type })) })));
      await editingRepo.insertHistory(tx, { serviceId: id, version: 1, changedBy: user.id, changedByName: user.displayName, action: 'imported', changes: { code: r.code }, comment: null });
      ids.push(id);
    }
    await refreshSearchIndex(tx, ids);
    await recordAudit(tx, { actor: { id: user.id, name: user.displayName, role: user.role }, action: 'catalog.import', outcome: 'success', resourceType: 'service', reason: `${ids.length} services`, requestId });
    return { imported: ids.length, created: ids.length - existing.size, updated: existing.size };
  });
}
