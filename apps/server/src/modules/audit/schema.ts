import { z } from 'zod';

export const auditEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().positive().optional(),
});

export const auditEventSchema = z.object({
  id: z.string().uuid(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  clientId: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditEventsResponse = z.object({
  items: z.array(auditEventSchema),
  nextBefore: z.string().nullable(),
});
