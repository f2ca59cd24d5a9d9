import { z } from 'zod';
import { localizedText } from '../areas/schema.ts';

export const ticketInput = z.object({ locationId: z.string().uuid(), serviceId: z.string().uuid() });
export type TicketInput = z.infer<typeof ticketInput>;

export const callNextInput = ticketInput.extend({
  /** The room or desk the person is called to, shown on the screen and in the message. */
  calledTo: z.string().trim().min(1, 'Say where the person is called to.').max(60),
});
export type CallNextInput = z.infer<typeof callNextInput>;

export const actingQuery = z.object({ for: z.string().uuid().optional() });
export const locationQuery = z.object({ locationId: z.string().uuid() });
export const queueQuery = ticketInput;
export const ticketParams = z.object({ id: z.string().uuid() });

const status = z.enum(['waiting', 'called', 'served', 'left']);
const summary = {
  waiting: z.number().int(),
  nowServing: z.number().int().nullable(),
  calledTo: z.string().nullable(),
  estimatedWaitMinutes: z.number().int(),
};

export const ticketView = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  locationId: z.string().uuid(),
  serviceId: z.string().uuid(),
  locationName: localizedText,
  serviceName: localizedText,
  status,
  /** 1 = next in line; null once called. */
  position: z.number().int().nullable(),
  estimatedWaitMinutes: z.number().int().nullable(),
  nowServing: z.number().int().nullable(),
  calledTo: z.string().nullable(),
  takenAt: z.string(),
  calledAt: z.string().nullable(),
});

export const locationQueuesView = z.object({
  location: z.object({ id: z.string().uuid(), name: localizedText }),
  services: z.array(
    z.object({
      serviceId: z.string().uuid(),
      name: localizedText,
      open: z.boolean(),
      hoursToday: z.array(z.object({ opens: z.string(), closes: z.string() })),
      ...summary,
    }),
  ),
});

export const staffTicketView = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  channel: z.enum(['online', 'kiosk']),
  status,
  takenAt: z.string(),
  calledAt: z.string().nullable(),
  calledBy: z.string().nullable(),
  calledTo: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

export const staffQueueView = z.object({ ...summary, averageMinutes: z.number().int(), open: z.boolean(), tickets: z.array(staffTicketView) });
