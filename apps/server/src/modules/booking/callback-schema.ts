import { z } from 'zod';

const PHONE = /^\+?[0-9][0-9 -]{5,18}[0-9]$/;

export const callbackInput = z
  .object({
    topic: z.string().trim().min(1, 'Tell briefly what the call is about.').max(500),
    phone: z.string().trim().regex(PHONE, 'is not a phone number (e.g. 040 123 4567)'),
    /** The service to ask when the resident has no responsible worker; its shared queue calls back. */
    serviceId: z.string().uuid().nullish(),
    preferredFrom: z.string().datetime({ offset: true }).nullish(),
    preferredTo: z.string().datetime({ offset: true }).nullish(),
    preferredNote: z.string().trim().max(200).nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.preferredFrom && c.preferredTo && Date.parse(c.preferredTo) <= Date.parse(c.preferredFrom)) {
      ctx.addIssue({ code: 'custom', path: ['preferredTo'], message: 'The end of the preferred time must come after its start.' });
    }
  });
export type CallbackInput = z.infer<typeof callbackInput>;

export const handledInput = z.object({
  note: z.string().trim().min(1, 'Write what was agreed on the call.').max(2000),
  version: z.number().int().positive(),
});

export const callbackParams = z.object({ id: z.string().uuid() });
export const actingQuery = z.object({ for: z.string().uuid().optional() });
export const callbackFilter = z.object({ status: z.enum(['waiting', 'handled', 'all']).default('waiting') });

const preferred = z.object({ from: z.string().nullable(), to: z.string().nullable(), note: z.string().nullable() });
const status = z.enum(['waiting', 'handled']);

export const staffCallbackView = z.object({
  id: z.string().uuid(),
  client: z.object({ id: z.string().uuid(), name: z.string() }),
  topic: z.string(),
  phone: z.string(),
  preferred,
  service: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  /** `mine`: routed to me as the responsible worker; `shared`: my organisation's queue. */
  route: z.enum(['mine', 'shared']),
  routedTo: z.string().nullable(),
  status,
  createdAt: z.string(),
  dueAt: z.string(),
  waitingMinutes: z.number().int(),
  overdue: z.boolean(),
  handledBy: z.string().nullable(),
  handledAt: z.string().nullable(),
  handledNote: z.string().nullable(),
  version: z.number().int(),
});

export const myCallbackView = z.object({
  id: z.string().uuid(),
  topic: z.string(),
  phone: z.string(),
  preferred,
  /** Who will call: the responsible worker's name, or the service whose queue has it. */
  routedTo: z.string(),
  status,
  createdAt: z.string(),
  dueAt: z.string(),
  handledAt: z.string().nullable(),
});
