import { HANDOVER_NOTE_MIN_LENGTH, handoverNoteProblem, REFERRAL_ACTIONS, REFERRAL_STATUSES, REGISTERS } from '@avain/domain';
import { z } from 'zod';

const status = z.enum(REFERRAL_STATUSES);

export const clientIdParams = z.object({ id: z.string().uuid() });
export const referralIdParams = z.object({ referralId: z.string().uuid() });
export const actingQuery = z.object({ for: z.string().uuid().optional() });

const NOTE_PROBLEMS = {
  missing: 'A handover note is required: the client must not have to tell their story again.',
  too_short: `Write at least ${HANDOVER_NOTE_MIN_LENGTH} characters: the situation and what the client needs from the service.`,
  too_long: 'The handover note is too long.',
} as const;

/** The note is checked with the domain rule so that the server and the web form agree on it. */
const handoverNote = z.string().superRefine((note, ctx) => {
  const problem = handoverNoteProblem(note);
  if (problem) ctx.addIssue({ code: 'custom', message: NOTE_PROBLEMS[problem] });
});

export const referralInput = z.object({
  serviceId: z.string().uuid(),
  handoverNote,
  planId: z.string().uuid().nullish(),
});

/** An answer of either side. A decline needs the note as its reason (checked by the domain rule). */
export const answerInput = z.object({
  version: z.number().int().positive(),
  note: z.string().trim().max(2000).nullish(),
});

/** `open` is sent or accepted: what the receiving side still has to act on. */
export const statusFilter = z.object({ status: z.enum([...REFERRAL_STATUSES, 'open']).optional() });

const person = z.object({ id: z.string().uuid(), name: z.string() });

export const referralView = z.object({
  id: z.string().uuid(),
  client: z.object({ id: z.string().uuid(), name: z.string(), age: z.number().int().nullable(), phone: z.string().nullable() }),
  planId: z.string().uuid().nullable(),
  service: z.object({ id: z.string().uuid(), name: z.string() }),
  organization: z.object({ id: z.string().uuid(), name: z.string() }),
  handoverNote: z.string(),
  status,
  responseNote: z.string().nullable(),
  referrer: person.extend({ register: z.enum(REGISTERS) }),
  answeredBy: z.string().nullable(),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Still waiting for the receiving side's answer after the configured time. */
  unanswered: z.boolean(),
  version: z.number().int(),
  /** What the viewer may do now, by the side they stand on, so a page offers only buttons that work. */
  actions: z.array(z.enum(REFERRAL_ACTIONS)),
});

export const referralEvent = z.object({ status, note: z.string().nullable(), by: z.string(), at: z.string() });
export const referralDetail = referralView.extend({ events: z.array(referralEvent) });

/** What the client sees of their own referrals: where, by whom, and how far it has come. */
export const myReferralView = z.object({
  id: z.string().uuid(),
  service: z.string(),
  organization: z.string(),
  referrer: z.string(),
  status,
  responseNote: z.string().nullable(),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});

export type ReferralInput = z.infer<typeof referralInput>;
export type AnswerInput = z.infer<typeof answerInput>;
export type ReferralView = z.infer<typeof referralView>;
export type StatusFilter = z.infer<typeof statusFilter>['status'];
