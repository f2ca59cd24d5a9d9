import { z } from 'zod';

const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;

/**
 * How a resident wants to be told. An SMS needs a phone number; e-mail goes to the given address
 * or, without one, to the account's.
 */
export const preferencesInput = z
  .object({
    channel: z.enum(['email', 'sms', 'none']),
    language: z.enum(['fi', 'sv', 'en']),
    email: z.string().trim().max(254).email('is not an e-mail address').nullish(),
    phone: z.string().trim().regex(PHONE, 'is not a phone number (e.g. +358 40 123 4567)').nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.channel === 'sms' && !p.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'A phone number is needed for text messages.' });
  });
export type PreferencesInput = z.infer<typeof preferencesInput>;

export const preferencesView = z.object({
  channel: z.enum(['email', 'sms', 'none']),
  language: z.enum(['fi', 'sv', 'en']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** The account's own address, used for e-mail when no other is given. */
  accountEmail: z.string().nullable(),
});

export const outboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export const outboxItem = z.object({
  id: z.string().uuid(),
  to: z.string(),
  channel: z.enum(['email', 'sms']),
  language: z.string(),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  sendAfter: z.string(),
  sentAt: z.string().nullable(),
});
