import { REGISTERS } from '@avain/domain';
import { z } from 'zod';
import { localizedText } from '../areas/schema.ts';

export const threadIdParams = z.object({ id: z.string().uuid() });
export const actingQuery = z.object({ for: z.string().uuid().optional() });

const subject = z.string().trim().min(1).max(200);
const body = z.string().trim().min(1).max(5000);

/** A resident writes to one of their care team, or to a service's shared inbox (naming the unit when the service has several). */
export const residentThreadInput = z.object({
  subject,
  body,
  to: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('care_team'), userId: z.string().uuid() }),
    z.object({ kind: z.literal('service_inbox'), serviceId: z.string().uuid(), unitId: z.string().uuid().optional() }),
  ]),
});
export type ResidentThreadInput = z.infer<typeof residentThreadInput>;

export const staffThreadInput = z.object({ clientId: z.string().uuid(), subject, body });
export type StaffThreadInput = z.infer<typeof staffThreadInput>;

export const messageInput = z.object({ body });
export const readInput = z.object({ seq: z.number().int().min(0) });
export const handoverInput = z.object({ toUserId: z.string().uuid(), note: z.string().trim().min(1).max(2000) });

const person = z.object({ id: z.string().uuid(), name: z.string() });

export const threadView = z.object({
  id: z.string().uuid(),
  kind: z.enum(['care_team', 'service_inbox']),
  /** Null when the viewer may not read the thread now (a care relation has ended): shown without content. */
  subject: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  register: z.enum(REGISTERS),
  client: person,
  unit: z.object({ id: z.string().uuid(), name: localizedText }),
  service: z.object({ id: z.string().uuid(), name: localizedText }).nullable(),
  assignedTo: person.nullable(),
  /** Staff lists: why the thread is there. */
  listedAs: z.enum(['assigned', 'inbox']).nullable(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  unread: z.number().int(),
});

export const messageView = z.object({
  seq: z.number().int(),
  author: z.object({ id: z.string().uuid(), name: z.string(), role: z.string() }),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});

export const handoverView = z.object({ id: z.string().uuid(), from: person, to: person, note: z.string(), at: z.string() });

export const threadDetail = threadView.extend({
  messages: z.array(messageView),
  handovers: z.array(handoverView),
  lastReadSeq: z.number().int(),
  /** The viewer is staff and may hand over, close and reopen. */
  staff: z.boolean(),
});

export const threadList = z.object({ actingAs: z.enum(['self', 'guardian', 'staff']), threads: z.array(threadView) });

export const unreadView = z.object({ total: z.number().int(), threads: z.array(z.object({ threadId: z.string().uuid(), unread: z.number().int() })) });

export const recipientsView = z.object({
  careTeam: z.array(z.object({ userId: z.string().uuid(), name: z.string(), unit: localizedText, responsibleWorker: z.boolean() })),
  services: z.array(z.object({ id: z.string().uuid(), name: localizedText, units: z.array(z.object({ id: z.string().uuid(), name: localizedText })) })),
});

export const colleaguesView = z.array(z.object({ id: z.string().uuid(), name: z.string(), unit: localizedText }));
