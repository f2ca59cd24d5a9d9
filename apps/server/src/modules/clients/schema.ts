import { REGISTERS } from '@avain/domain';
import { z } from 'zod';
import { consentInput, consentView } from '../consent/schema.ts';

export { consentChange, consentInput, consentView } from '../consent/schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const register = z.enum(REGISTERS);
const basis = z.enum(['own', 'guardian', 'relation', 'consent', 'emergency']);

export const clientIdParams = z.object({ id: z.string().uuid() });

export const clientSearchQuery = z
  .object({
    identityCode: z.string().trim().max(11).optional(),
    lastName: z.string().trim().min(2).max(100).optional(),
    firstNames: z.string().trim().max(100).optional(),
    birthDate: isoDate.optional(),
  })
  .refine((q) => q.identityCode !== undefined || (q.lastName !== undefined && q.birthDate !== undefined), {
    message: 'Search by identity code, or by last name and birth date',
    path: ['identityCode'],
  });

export const clientSearchHit = z.object({
  id: z.string().uuid(),
  name: z.string(),
  birthDate: z.string(),
  identityCode: z.string().nullable(),
  /** Whether the viewer has an active relation: opening the client needs one (or consent, or an emergency reason). */
  activeRelation: z.boolean(),
});

export const entryView = z.object({
  id: z.string().uuid(),
  register,
  unit: z.string(),
  type: z.enum(['visit', 'note', 'decision', 'document_summary', 'measurement']),
  title: z.string(),
  text: z.string(),
  author: z.string(),
  occurredAt: z.string(),
  codes: z.array(z.object({ system: z.string(), code: z.string(), display: z.string().optional(), value: z.number().optional(), unit: z.string().optional() })),
});
export type EntryView = z.infer<typeof entryView>;

export const entryInput = z.object({
  type: entryView.shape.type,
  title: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(20_000),
  occurredAt: z.string().datetime({ offset: true }).optional(),
  codes: entryView.shape.codes.max(20).default([]),
  hiddenFromGuardians: z.boolean().default(false),
});

export const basicData = z.object({
  id: z.string().uuid(),
  firstNames: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  sex: z.string().nullable(),
  identityCode: z.string().nullable(),
  localId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Null with `addressProtected` when non-disclosure hides it from this viewer. */
  address: z.object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() }).nullable(),
  addressProtected: z.boolean(),
  nonDisclosure: z.boolean(),
  language: z.string(),
  otherLanguage: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  municipality: z.string().nullable(),
  areaCode: z.string().nullable(),
  deceasedOn: z.string().nullable(),
  guardians: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
});

const registerBlock = z.object({
  register,
  /** Why the viewer sees this block, or why not. */
  why: z.object({ allowed: z.boolean(), basis: basis.nullable(), reason: z.string().nullable(), explanation: z.string() }),
  entries: z.array(entryView),
});

export const relationView = z.object({
  id: z.string().uuid(),
  kind: z.enum(['appointment', 'case', 'team']),
  professional: z.string(),
  professionalId: z.string().uuid(),
  unit: z.string(),
  register,
  startsAt: z.string(),
  endsAt: z.string().nullable(),
});

export const overviewResponse = z.object({
  client: basicData,
  why: z.string(),
  relations: z.array(relationView),
  consents: z.array(consentView),
  registers: z.array(registerBlock),
});
export type OverviewView = z.infer<typeof overviewResponse>;

export const relationInput = z.object({
  kind: z.enum(['case', 'team']),
  needsAddress: z.boolean().default(false),
  endsAt: z.string().datetime({ offset: true }).nullable().default(null),
  note: z.string().trim().max(500).nullable().default(null),
});

export const emergencyInput = z.object({ reason: z.string().trim().min(10, 'Give the reason in at least 10 characters').max(1000) });
export const emergencyView = z.object({
  id: z.string().uuid(),
  client: z.object({ id: z.string().uuid(), name: z.string(), birthDate: z.string() }),
  professional: z.string(),
  unit: z.string(),
  reason: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const emergencyQuery = z.object({ status: z.enum(['unreviewed', 'all']).default('unreviewed') });
export const reviewInput = z.object({ note: z.string().trim().min(1, 'Write what the review found').max(2000) });

/** `for`: the minor a guardian acts for; omitted for the resident's own data. */
export const actingQuery = z.object({ for: z.string().uuid().optional() });

export const myDataResponse = z.object({
  client: basicData,
  actingAs: z.enum(['self', 'guardian']),
  entries: z.array(entryView),
  consents: z.array(consentView),
  relations: z.array(relationView),
});

export const accessLogQuery = actingQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});
export const accessEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  who: z.object({ name: z.string().nullable(), role: z.string().nullable(), organization: z.string().nullable() }),
  action: z.string(),
  what: z.string().nullable(),
  register: z.string().nullable(),
  outcome: z.string(),
  why: z.object({ basis: z.string().nullable(), reason: z.string().nullable() }),
});
export const accessLogResponse = z.object({ items: z.array(accessEvent), nextBefore: z.number().int().nullable() });

export const wardsResponse = z.array(z.object({ id: z.string().uuid(), name: z.string(), birthDate: z.string(), age: z.number().int() }));
export const actForBody = z.object({ clientId: z.string().uuid() });

export const myConsentBody = consentInput;
export const consentParams = z.object({ consentId: z.string().uuid() });
