import {
  ACCESSIBILITY_FEATURES,
  CHANNEL_TYPES,
  LANGUAGES,
  LIFE_COURSE_GROUPS,
  PRODUCER_TYPES,
} from '@avain/domain';
import { z } from 'zod';
import { localizedText } from '../areas/schema.ts';

/** A query parameter given once or repeated (?channel=phone&channel=chat) or comma-separated. */
const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter(Boolean)),
    z.array(item).max(20).optional(),
  );
const many = <T extends readonly [string, ...string[]]>(values: T) => listOf(z.enum(values));

const flag = z.preprocess((v) => (v === undefined ? undefined : v === 'true' || v === '1' || v === true), z.boolean().optional());

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  lang: z.enum(LANGUAGES).default('fi'),
  lifeCourseGroup: many(LIFE_COURSE_GROUPS),
  // Coordinators add service classes: any well-formed code may be asked for; unknown ones match nothing.
  serviceClass: listOf(z.string().regex(/^[a-z][a-z0-9_]{1,48}$/, 'is not a service class code')),
  producerType: many(PRODUCER_TYPES),
  channel: many(CHANNEL_TYPES),
  area: many(['south', 'east', 'north', 'central']),
  language: many(LANGUAGES),
  accessibility: many(ACCESSIBILITY_FEATURES),
  free: flag,
  openNow: flag,
  walkInNow: flag,
  sort: z.enum(['relevance', 'distance']).default('relevance'),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  /** Evaluate "open now" and "walk-in now" at this moment instead of the present one. */
  at: z.string().datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

const channelSchema = z.object({
  type: z.enum(CHANNEL_TYPES),
  phone: z.string().optional(),
  url: z.string().optional(),
  hours: z.array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() })).optional(),
  note: localizedText.optional(),
});

export const searchHit = z.object({
  id: z.string().uuid(),
  service: z.object({
    id: z.string().uuid(),
    name: localizedText,
    summary: localizedText,
    serviceClass: z.string(),
    lifeCourseGroup: z.string(),
    free: z.boolean(),
  }),
  organization: z.object({ id: z.string().uuid(), name: localizedText, type: z.enum(PRODUCER_TYPES) }),
  location: z.object({
    id: z.string().uuid(),
    name: localizedText,
    type: z.string(),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
    coordinates: z.object({ lat: z.number(), lon: z.number() }),
  }),
  channels: z.array(channelSchema),
  distanceKm: z.number().nullable(),
  openNow: z.boolean(),
  walkInNow: z.boolean(),
});

export const searchResponse = z.object({
  items: z.array(searchHit),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  facets: z.record(z.string(), z.record(z.string(), z.number().int())),
});
export type SearchHit = z.infer<typeof searchHit>;

export const idParams = z.object({ id: z.string().uuid() });

const dayHours = z.object({
  kind: z.enum(['open', 'closed']),
  ranges: z.array(z.object({ opens: z.string(), closes: z.string() })).optional(),
  holiday: z.object({ date: z.string(), name: localizedText }).optional(),
  note: z.string().nullable().optional(),
});

const address = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });
const coordinates = z.object({ lat: z.number(), lon: z.number() });
const organizationRef = z.object({ id: z.string().uuid(), name: localizedText, type: z.enum(PRODUCER_TYPES) });

export const serviceDetail = z.object({
  id: z.string().uuid(),
  status: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  name: localizedText,
  summary: localizedText,
  description: localizedText,
  serviceClass: z.string(),
  lifeCourseGroup: z.string(),
  keywords: z.array(z.string()),
  targetGroups: z.array(z.string()),
  languages: z.array(z.string()),
  grantingCriteria: z.object({
    text: localizedText,
    minAge: z.number().optional(),
    maxAge: z.number().optional(),
    areas: z.array(z.string()).optional(),
    conditions: z.array(z.string()).optional(),
  }),
  qualityCriteria: localizedText,
  fee: z.object({ type: z.string(), amountCents: z.number().int().nullable(), unit: z.string().nullable(), rule: localizedText }),
  purchasePrice: z
    .object({
      amountCents: z.number().int(),
      unit: z.string().nullable(),
      lines: z.array(z.object({ label: localizedText, amountCents: z.number().int() })),
    })
    .nullable(),
  estimatedEligible: z.number().int().nullable(),
  specialContacts: z.array(
    z.object({ group: z.string(), name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
  ),
  organization: organizationRef,
  places: z.array(
    z.object({
      location: z.object({ id: z.string().uuid(), name: localizedText, type: z.string(), address, coordinates }),
      channels: z.array(channelSchema),
      today: dayHours,
      openNow: z.boolean(),
    }),
  ),
});

export const locationDetail = z.object({
  id: z.string().uuid(),
  type: z.string(),
  name: localizedText,
  address,
  coordinates,
  accessibility: z.array(z.string()),
  timetable: localizedText.nullable(),
  weeklyHours: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
  today: dayHours,
  openNow: z.boolean(),
  services: z.array(
    z.object({
      id: z.string().uuid(),
      name: localizedText,
      serviceClass: z.string(),
      organization: organizationRef,
      channels: z.array(channelSchema),
    }),
  ),
});


/** A text in Finnish (required unless said otherwise) and optionally Swedish and English, each at most `max` characters. */
export const editableText = (max: number, { required = true } = {}) =>
  z.object({
    fi: required ? z.string().trim().min(1, 'is required').max(max) : z.string().trim().max(max),
    sv: z.string().trim().max(max).optional(),
    en: z.string().trim().max(max).optional(),
  });

/** The fields a producer or coordinator may change; every field is optional (a patch). */
export const servicePatch = z
  .object({
    /** The version the change was made on; when given and no longer current, the change is refused (409). */
    version: z.number().int().min(1).optional(),
    name: editableText(200).optional(),
    summary: editableText(500).optional(),
    description: editableText(5000).optional(),
    keywords: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    targetGroups: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
    languages: z.array(z.enum(LANGUAGES)).min(1).optional(),
    qualityCriteria: editableText(2000).optional(),
    fee: z
      .object({
        type: z.enum(['free', 'fixed', 'income_based']),
        amountCents: z.number().int().min(0).nullable().optional(),
        unit: z.string().max(50).nullable().optional(),
        /** A free service may have no fee rule to tell. */
        rule: editableText(2000, { required: false }),
      })
      .optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((key) => key !== 'version'), { message: 'Change at least one field' })
  .refine((p) => !p.fee || p.fee.type === 'free' || p.fee.type === 'income_based' || typeof p.fee.amountCents === 'number', {
    message: 'A fixed fee needs amountCents',
    path: ['fee', 'amountCents'],
  });
export type ServicePatch = z.infer<typeof servicePatch>;

export const editResult = z.object({
  outcome: z.enum(['applied', 'in_review']),
  version: z.number().int(),
  reviewId: z.string().uuid().nullable(),
});

export const reviewSchema = z.object({
  id: z.string().uuid(),
  serviceId: z.string().uuid(),
  serviceName: z.string(),
  status: z.string(),
  organizationName: z.string(),
  proposed: z.record(z.string(), z.unknown()),
  /** The service's present values of the proposed fields, to show the change against. */
  current: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int(),
  currentVersion: z.number().int(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  comment: z.string().nullable(),
});
export const reviewsQuery = z.object({ status: z.enum(['pending', 'approved', 'returned']).default('pending') });
export const returnBody = z.object({ comment: z.string().trim().min(1, 'Say what should change').max(2000) });

export const historyEntry = z.object({
  version: z.number().int(),
  action: z.string(),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  comment: z.string().nullable(),
});
