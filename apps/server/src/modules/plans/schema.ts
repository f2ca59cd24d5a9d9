import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);
/**
 * Ids inside the content are chosen by the client (the web app) or given by the server when left
 * out; short, because a goal's FHIR id is `<plan id>.<goal id>` within 64 characters.
 */
const localId = z.string().regex(/^[A-Za-z0-9-]{1,27}$/, 'letters, digits and dashes, at most 27').optional();

const goalInput = z.object({ id: localId, text: text(1000), indicator: optionalText(1000), targetDate: isoDate.nullable().default(null) });
const serviceInput = z.object({ serviceId: z.string().uuid(), frequency: text(200), from: isoDate, to: isoDate.nullable().default(null) });
const actionInput = z.object({ id: localId, text: text(1000) });
const contact = { phone: optionalText(40), email: z.string().trim().email().max(200).nullable().default(null) };
const memberInput = z.discriminatedUnion('kind', [
  /** Name and unit come from the user's account, not from the request. */
  z.object({ kind: z.literal('staff'), userId: z.string().uuid(), role: text(200).default(''), ...contact }),
  z.object({ kind: z.literal('external'), id: localId, name: text(200), organisation: text(200), role: text(200), serviceId: z.string().uuid().nullable().default(null), ...contact }),
]);

export const planContentInput = z.object({
  summary: text(10_000),
  goals: z.array(goalInput).max(30),
  services: z.array(serviceInput).max(50),
  clientActions: z.array(actionInput).max(30),
  team: z.array(memberInput).max(30),
  responsibleWorkerId: z.string({ error: 'must be one user id: a plan has exactly one responsible worker' }).trim(),
  nextReviewOn: isoDate.nullable().default(null),
});
export type PlanContentInput = z.infer<typeof planContentInput>;

export const planSaveInput = planContentInput.extend({
  /** The version the edit started from: a save over someone else's newer version is refused. */
  baseVersion: z.number().int().min(1),
  changeNote: text(1000).default(''),
});

export const agreementInput = z.object({ version: z.number().int().min(1), note: text(2000).min(1, 'say how the client agreed (e.g. at the meeting on …)') });
export const acceptInput = z.object({ version: z.number().int().min(1) });
export const reviewInput = z.object({
  scores: z.array(z.object({ goalId: z.string().min(1).max(64), score: z.number(), note: text(2000).default('') })).max(30),
  note: text(5000).default(''),
  nextReviewOn: isoDate.nullable().default(null),
});
export const commentInput = z.object({ text: text(5000).min(1) });

export const clientParams = z.object({ id: z.string().uuid() });
export const planParams = z.object({ planId: z.string().uuid() });
export const versionParams = planParams.extend({ version: z.coerce.number().int().min(1) });
export const compareQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const actingQuery = z.object({ for: z.string().uuid().optional() });
export const candidateQuery = z.object({ q: z.string().trim().max(100).default('') });

const goal = z.object({ id: z.string(), text: z.string(), indicator: z.string().nullable(), targetDate: z.string().nullable() });
const plannedService = z.object({ serviceId: z.string(), name: z.string(), producer: z.string(), frequency: z.string(), from: z.string(), to: z.string().nullable() });
const action = z.object({ id: z.string(), text: z.string() });
const contactView = { phone: z.string().nullable(), email: z.string().nullable() };
const member = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), userId: z.string(), name: z.string(), role: z.string(), unit: z.string().nullable(), ...contactView }),
  z.object({ kind: z.literal('external'), id: z.string(), name: z.string(), organisation: z.string(), role: z.string(), serviceId: z.string().nullable(), ...contactView }),
]);
export const planContent = z.object({
  summary: z.string(),
  goals: z.array(goal),
  services: z.array(plannedService),
  clientActions: z.array(action),
  team: z.array(member),
  responsibleWorkerId: z.string(),
  nextReviewOn: z.string().nullable(),
});

const agreement = z.object({ kind: z.enum(['portal', 'spoken']), at: z.string(), byName: z.string(), note: z.string().nullable() });
export const versionView = z.object({
  version: z.number(),
  savedAt: z.string(),
  savedBy: z.string(),
  changeNote: z.string(),
  agreement: agreement.nullable(),
});
export const commentView = z.object({ id: z.string(), author: z.string(), authorRole: z.string(), text: z.string(), createdAt: z.string() });
export const reviewView = z.object({
  id: z.string(),
  version: z.number(),
  reviewedAt: z.string(),
  reviewedBy: z.string(),
  note: z.string(),
  nextReviewOn: z.string().nullable(),
  scores: z.array(z.object({ goalId: z.string(), score: z.number(), note: z.string() })),
});

export const planView = z.object({
  id: z.string(),
  clientId: z.string(),
  register: z.enum(['social', 'health']),
  status: z.enum(['active', 'closed']),
  state: z.enum(['draft', 'agreed', 'changed']),
  currentVersion: z.number(),
  responsibleWorker: z.object({ id: z.string(), name: z.string() }),
  nextReviewOn: z.string().nullable(),
  reviewDue: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  content: planContent,
  versions: z.array(versionView),
  comments: z.array(commentView),
  reviews: z.array(reviewView),
});
export type PlanView = z.infer<typeof planView>;

export const versionContentView = versionView.extend({ content: planContent });

const listChange = <T extends z.ZodType>(item: T) => z.object({ added: z.array(item), removed: z.array(item), changed: z.array(z.object({ before: item, after: item })) });
export const comparisonView = z.object({
  from: z.number(),
  to: z.number(),
  same: z.boolean(),
  summaryChanged: z.boolean(),
  goals: listChange(goal),
  services: listChange(plannedService),
  clientActions: listChange(action),
  team: listChange(member),
  responsibleWorker: z.object({ from: z.string(), to: z.string() }).nullable(),
  nextReviewOn: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
});

export const candidateView = z.object({ id: z.string(), name: z.string(), role: z.string(), unit: z.string().nullable(), email: z.string().nullable() });

export const attainmentReport = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      reviews: z.number(),
      goalsScored: z.number(),
      meanScore: z.number().nullable(),
      distribution: z.object({ '-2': z.number(), '-1': z.number(), '0': z.number(), '1': z.number(), '2': z.number() }),
    }),
  ),
});
