import { LIFE_DOMAINS, REGISTERS, SEGMENTS, type LifeDomain } from '@avain/domain';
import { z } from 'zod';

/**
 * The shapes at the edge. Score ranges and completeness are rules of the domain (validateAnswers),
 * checked in the service, so that the web form and the server judge an answer alike.
 */
const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

type Item = { linkId: string; type: 'group' | 'integer' | 'text'; text: z.infer<typeof localized>; required: boolean; answerOption?: { value: number; text: z.infer<typeof localized> }[]; item?: Item[] };
const item: z.ZodType<Item> = z.lazy(() =>
  z.object({
    linkId: z.string(),
    type: z.enum(['group', 'integer', 'text']),
    text: localized,
    required: z.boolean(),
    answerOption: z.array(z.object({ value: z.number().int(), text: localized })).optional(),
    item: z.array(item).optional(),
  }),
);

export const questionnaireView = z.object({
  id: z.string().uuid(),
  code: z.string(),
  version: z.number().int(),
  title: localized,
  items: z.array(item),
});

const text = z.string().trim().max(10_000).default('');
const domainAnswer = z.object({ score: z.number(), text });
const domains = z.object(Object.fromEntries(LIFE_DOMAINS.map((d) => [d, domainAnswer.optional()])) as Record<LifeDomain, z.ZodOptional<typeof domainAnswer>>).strict();

export const answersInput = z.object({
  domains,
  selfManagement: z.number(),
  clientView: text,
  clientGoals: text,
});
export type AnswersInput = z.infer<typeof answersInput>;

const segmentReason = z.object({ code: z.string(), value: z.number(), threshold: z.number() });
const scoreChange = z.object({ item: z.string(), from: z.number(), to: z.number(), delta: z.number(), direction: z.enum(['better', 'worse']) });

export const assessmentView = z.object({
  id: z.string().uuid(),
  clientId: z.string().uuid(),
  register: z.enum(REGISTERS),
  unit: z.string(),
  questionnaireId: z.string().uuid(),
  kind: z.enum(['professional', 'pre_assessment']),
  status: z.enum(['submitted', 'reviewed', 'completed']),
  answers: z.object({ domains: z.record(z.string(), z.object({ score: z.number(), text: z.string() })), selfManagement: z.number(), clientView: z.string(), clientGoals: z.string() }),
  author: z.string(),
  authoredAt: z.string(),
  basedOnId: z.string().uuid().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  segment: z.enum(SEGMENTS).nullable(),
  segmentReasons: z.array(segmentReason),
  serviceUse: z.object({ contacts: z.number(), distinctUnits: z.number(), bothRegisters: z.boolean() }).nullable(),
  /** Score changes since the previous assessment of the same kind that the viewer may see. */
  changes: z.array(scoreChange),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const clientIdParams = z.object({ id: z.string().uuid() });
export const assessmentIdParams = z.object({ assessmentId: z.string().uuid() });
export const actingQuery = z.object({ for: z.string().uuid().optional() });

export const preAssessmentItem = z.object({ assessmentId: z.string().uuid(), clientId: z.string().uuid(), clientName: z.string(), submittedAt: z.string() });

const count = (max: number) => z.number().int().min(1).max(max);
const score = z.number().int().min(1).max(4);

export const thresholds = z.object({
  domainSum: count(LIFE_DOMAINS.length * 4),
  severeScore: score,
  severeDomains: count(LIFE_DOMAINS.length),
  contacts: count(10_000),
  distinctUnits: count(1000),
  poorSelfManagement: score,
  poorDailyFunctioning: score,
});

export const worklistCriteria = z.object({
  minUnits: count(1000),
  minContacts: count(10_000),
  includeMultiProfessional: z.boolean(),
  youthMaxAge: z.number().int().min(0).max(29),
});

export const settingsInput = z.object({ version: z.number().int().min(0), thresholds, worklist: worklistCriteria });

export const settingsView = settingsInput.extend({ updatedBy: z.string().nullable(), updatedAt: z.string().nullable() });
export type SettingsView = z.infer<typeof settingsView>;

const worklistReason = z.object({ code: z.enum(['many_units', 'many_contacts', 'multi_professional_segment']), value: z.number().optional(), threshold: z.number().optional() });

export const worklistQuery = z.object({ group: z.enum(['adults', 'children']).default('adults') });

export const worklistRow = z.object({
  clientId: z.string().uuid(),
  name: z.string(),
  age: z.number().int(),
  reasons: z.array(worklistReason),
  serviceUse: z.object({ contacts: z.number(), distinctUnits: z.number() }),
  takenBy: z.object({ id: z.string().uuid(), name: z.string(), at: z.string() }).nullable(),
});

export const worklistResponse = z.object({ group: z.enum(['adults', 'children']), youthMaxAge: z.number().int(), rows: z.array(worklistRow) });

export const takeResponse = z.object({ clientId: z.string().uuid(), takenBy: z.object({ id: z.string().uuid(), name: z.string(), at: z.string() }), relationOpened: z.boolean() });
