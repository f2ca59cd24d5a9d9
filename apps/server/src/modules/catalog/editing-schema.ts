import { ACCESSIBILITY_FEATURES, SERVICE_STATUSES } from '@avain/domain';
import { z } from 'zod';
import { localizedText } from '../areas/schema.ts';
import { editableText } from './schema.ts';

/** Listing and paging shared by the editors' lists of services and locations. */
const listQuery = {
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const organizationSummary = z.object({ id: z.string().uuid(), name: localizedText });
const pendingReview = z.object({ id: z.string().uuid(), submittedAt: z.string() });

export const myServicesQuery = z.object({ ...listQuery, status: z.enum(SERVICE_STATUSES).optional() });

export const myServicesResponse = z.object({
  items: z.array(
    z.object({
      id: z.string().uuid(),
      code: z.string(),
      name: localizedText,
      status: z.enum(SERVICE_STATUSES),
      version: z.number().int(),
      updatedAt: z.string(),
      organization: organizationSummary,
      pendingReview: pendingReview.nullable(),
    }),
  ),
  total: z.number().int(),
});

export const editableService = z.object({
  id: z.string().uuid(),
  code: z.string(),
  status: z.enum(SERVICE_STATUSES),
  version: z.number().int(),
  updatedAt: z.string(),
  organization: organizationSummary,
  serviceClass: z.string(),
  lifeCourseGroup: z.string(),
  name: localizedText,
  summary: localizedText,
  description: localizedText,
  keywords: z.array(z.string()),
  targetGroups: z.array(z.string()),
  languages: z.array(z.string()),
  qualityCriteria: localizedText,
  fee: z.object({ type: z.string(), amountCents: z.number().int().nullable(), unit: z.string().nullable(), rule: localizedText }),
  locations: z.array(z.object({ id: z.string().uuid(), name: localizedText })),
  pendingReview: pendingReview.extend({ proposed: z.record(z.string(), z.unknown()) }).nullable(),
  /** Whether the caller's change waits for a coordinator's review instead of being applied at once. */
  changesNeedReview: z.boolean(),
  /** The statuses the caller may move the service to. */
  allowedStatuses: z.array(z.enum(SERVICE_STATUSES)),
});

export const statusBody = z.object({
  status: z.enum(SERVICE_STATUSES),
  /** The version the decision was made on; when given and no longer current, it is refused (409). */
  version: z.number().int().min(1).optional(),
  comment: z.string().trim().max(2000).optional(),
});
export const statusResult = z.object({ status: z.enum(SERVICE_STATUSES), version: z.number().int() });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'must be a time HH:MM');
/** Compares two times only when both are valid, so a malformed time is reported once, at itself. */
const before = (opens: string | null | undefined, closes: string | null | undefined) =>
  !opens || !closes || !TIME.test(opens) || !TIME.test(closes) || opens < closes;

const weeklyRange = z
  .object({ weekday: z.number().int().min(1).max(7), opens: time, closes: time })
  .refine((r) => before(r.opens, r.closes), { message: 'must be later than the opening time', path: ['closes'] });

/** Ranges of one weekday must not overlap: the search index counts each open minute once. */
const weeklyHours = z
  .array(weeklyRange)
  .max(50)
  .superRefine((ranges, ctx) => {
    ranges.forEach((r, i) => {
      if (ranges.slice(0, i).some((o) => o.weekday === r.weekday && o.opens < r.closes && r.opens < o.closes && before(r.opens, r.closes))) {
        ctx.addIssue({ code: 'custom', message: 'overlaps another range of the same day', path: [i, 'opens'] });
      }
    });
  });

const hoursException = z
  .object({
    date: z.iso.date('must be a date YYYY-MM-DD'),
    /** Both times for other hours on the date; neither when the location is closed. */
    opens: time.nullable().optional(),
    closes: time.nullable().optional(),
    note: z.string().trim().max(200).nullable().optional(),
  })
  .refine((e) => Boolean(e.opens) === Boolean(e.closes), { message: 'give both times, or neither for a closed day', path: ['closes'] })
  .refine((e) => before(e.opens, e.closes), { message: 'must be later than the opening time', path: ['closes'] });

const hoursExceptions = z
  .array(hoursException)
  .max(400)
  .superRefine((list, ctx) => {
    list.forEach((e, i) => {
      if (list.slice(0, i).some((o) => o.date === e.date)) ctx.addIssue({ code: 'custom', message: 'this date is already listed', path: [i, 'date'] });
    });
  });

const address = z.object({
  street: z.string().trim().min(1, 'is required').max(200),
  postalCode: z.string().trim().regex(/^\d{5}$/, 'must be five digits'),
  city: z.string().trim().min(1, 'is required').max(100),
});
const coordinates = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const addressView = z.object({ street: z.string(), postalCode: z.string(), city: z.string() });
const exceptionView = z.object({ date: z.string(), opens: z.string().nullable(), closes: z.string().nullable(), note: z.string().nullable() });

/** A change to a location; each given part replaces the present one (hours and exceptions as whole lists). */
export const locationPatch = z
  .object({
    /** The revision the change was made on (from the editable view); a different one is a conflict (409). */
    revision: z.string().min(1).max(100),
    name: editableText(200).optional(),
    address: address.optional(),
    coordinates: coordinates.optional(),
    accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)).max(ACCESSIBILITY_FEATURES.length).optional(),
    weeklyHours: weeklyHours.optional(),
    exceptions: hoursExceptions.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((key) => key !== 'revision'), { message: 'Change at least one field' });
export type LocationPatch = z.infer<typeof locationPatch>;

export const editableLocation = z.object({
  id: z.string().uuid(),
  code: z.string(),
  type: z.string(),
  organization: organizationSummary.nullable(),
  name: localizedText,
  address: addressView,
  coordinates,
  accessibility: z.array(z.string()),
  weeklyHours: z.array(z.object({ weekday: z.number().int(), opens: z.string(), closes: z.string() })),
  exceptions: z.array(exceptionView),
  services: z.array(z.object({ id: z.string().uuid(), name: localizedText, status: z.enum(SERVICE_STATUSES) })),
  revision: z.string(),
});

export const myLocationsQuery = z.object(listQuery);
export const myLocationsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string().uuid(),
      code: z.string(),
      type: z.string(),
      name: localizedText,
      address: addressView,
      organization: organizationSummary.nullable(),
    }),
  ),
  total: z.number().int(),
});
