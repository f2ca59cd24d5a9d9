/** A consent as the form holds it, and the checks made before anything is sent. */
import { helsinkiDate, type Register } from '@avain/domain';
import type { Consent, ConsentInput, ConsentPurpose, Organization } from './api';
import { parseTypedDate, typedDate } from '../../ui/date-format';

export interface ConsentDraft {
  registers: Register[];
  organizationIds: string[];
  purpose: ConsentPurpose;
  /** As typed in the date fields ("1.3.2026"); validTo may be empty for "until further notice". */
  validFrom: string;
  validTo: string;
}

export type DraftField = 'registers' | 'organizationIds' | 'validFrom' | 'validTo';
export type DraftProblem = 'registers' | 'organizations' | 'date' | 'dateOrder';
export type DraftErrors = Partial<Record<DraftField, DraftProblem>>;

export function draftOf(consent: Consent | undefined): ConsentDraft {
  if (!consent) return { registers: [], organizationIds: [], purpose: 'care', validFrom: typedDate(helsinkiDate(new Date())), validTo: '' };
  return {
    registers: consent.registers,
    organizationIds: consent.organizations.map((o) => o.id),
    purpose: consent.purpose,
    validFrom: typedDate(consent.validFrom),
    validTo: consent.validTo ? typedDate(consent.validTo) : '',
  };
}

/** The API body, or what to fix first: nothing is sent that the server would refuse for its form. */
export function checkDraft(draft: ConsentDraft): { input: ConsentInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (draft.registers.length === 0) errors.registers = 'registers';
  if (draft.organizationIds.length === 0) errors.organizationIds = 'organizations';
  const validFrom = parseTypedDate(draft.validFrom);
  const validTo = draft.validTo.trim() === '' ? null : parseTypedDate(draft.validTo);
  if (validFrom === null) errors.validFrom = 'date';
  if (draft.validTo.trim() !== '' && validTo === null) errors.validTo = 'date';
  else if (validFrom !== null && validTo !== null && validTo < validFrom) errors.validTo = 'dateOrder';
  if (Object.keys(errors).length > 0 || validFrom === null) return { errors };
  return { input: { registers: draft.registers, organizationIds: draft.organizationIds, purpose: draft.purpose, validFrom, validTo } };
}

/** What the server's 400 named, as the form's own problems (the server words them in English). */
export function problemsOf(fields: Record<string, string>): DraftErrors {
  const errors: DraftErrors = {};
  for (const field of Object.keys(fields)) {
    const top = field.replace(/^consent\./, '').split('.')[0];
    if (top === 'registers') errors.registers = 'registers';
    if (top === 'organizationIds') errors.organizationIds = 'organizations';
    if (top === 'validFrom') errors.validFrom = 'date';
    if (top === 'validTo') errors.validTo = 'dateOrder';
  }
  return errors;
}

/**
 * The welfare region is where the region's social- and health-care professionals work, so the
 * form offers it first. HSDS carries no organisation code, so it is known by being the public
 * producer named a welfare region ("hyvinvointialue").
 */
export function splitOrganizations(organizations: readonly Organization[]) {
  const isRegion = (o: Organization) => o.type === 'public' && /hyvinvointialue/i.test(o.name);
  const byName = (a: Organization, b: Organization) => a.name.localeCompare(b.name, 'fi');
  return {
    regions: organizations.filter(isRegion).sort(byName),
    others: organizations.filter((o) => !isRegion(o)).sort((a, b) => Number(b.type === 'public') - Number(a.type === 'public') || byName(a, b)),
  };
}
