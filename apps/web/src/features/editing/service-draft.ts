import type { EditableService, Fee, LocalizedText, ServicePatch } from './api';
import type { TextDraft } from './localized-fields';

/** The edit form's state: every value as the user types it. */
export interface ServiceDraft {
  name: TextDraft;
  summary: TextDraft;
  description: TextDraft;
  qualityCriteria: TextDraft;
  keywords: string;
  targetGroups: string;
  languages: string[];
  feeType: Fee['type'];
  feeEuros: string;
  feeUnit: string;
  feeRule: TextDraft;
}

const textDraft = (t: LocalizedText): TextDraft => ({ fi: t.fi, sv: t.sv ?? '', en: t.en ?? '' });
const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const euros = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2).replace(/\.00$/, ''));

export function draftOf(service: EditableService): ServiceDraft {
  return {
    name: textDraft(service.name),
    summary: textDraft(service.summary),
    description: textDraft(service.description),
    qualityCriteria: textDraft(service.qualityCriteria),
    keywords: service.keywords.join(', '),
    targetGroups: service.targetGroups.join(', '),
    languages: service.languages,
    feeType: service.fee.type,
    feeEuros: euros(service.fee.amountCents),
    feeUnit: service.fee.unit ?? '',
    feeRule: textDraft(service.fee.rule),
  };
}

/** "12,50" or "12.50" euros as cents; null for empty, NaN for anything else. */
export function centsOf(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (normalized === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(normalized) ? Math.round(Number(normalized) * 100) : Number.NaN;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only what the user changed goes to the server: a reviewer then sees just those fields, and two
 * editors changing different fields do not undo each other's work.
 */
export function patchOf(draft: ServiceDraft, service: EditableService): ServicePatch {
  const before = draftOf(service);
  const patch: ServicePatch = {};
  for (const key of ['name', 'summary', 'description', 'qualityCriteria'] as const) {
    if (!same(draft[key], before[key])) patch[key] = draft[key];
  }
  if (!same(list(draft.keywords), service.keywords)) patch.keywords = list(draft.keywords);
  if (!same(list(draft.targetGroups), service.targetGroups)) patch.targetGroups = list(draft.targetGroups);
  if (!same([...draft.languages].sort(), [...service.languages].sort())) patch.languages = draft.languages;
  const feeChanged = (['feeType', 'feeEuros', 'feeUnit', 'feeRule'] as const).some((key) => !same(draft[key], before[key]));
  if (feeChanged) {
    const free = draft.feeType === 'free';
    patch.fee = {
      type: draft.feeType,
      amountCents: free ? null : centsOf(draft.feeEuros),
      unit: free ? null : draft.feeUnit.trim() || null,
      rule: draft.feeRule,
    };
  }
  return patch;
}
