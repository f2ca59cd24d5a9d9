import { APPOINTMENT_CHANNELS, SELF_BOOKING } from '@avain/domain';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');
const instant = z.string().datetime({ offset: true, message: 'a date and time in ISO 8601 with an offset' });
const channel = z.enum(APPOINTMENT_CHANNELS);
const localizedName = z.object({ fi: z.string().trim().min(1).max(200), sv: z.string().trim().max(200).optional(), en: z.string().trim().max(200).optional() });

export const typeInput = z.object({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes'),
  name: localizedName,
  durationMinutes: z.number().int().min(5).max(480),
  bufferMinutes: z.number().int().min(0).max(120).default(0),
  channels: z
    .array(channel)
    .min(1, 'at least one channel')
    .refine((c) => new Set(c).size === c.length, 'each channel once'),
  serviceIds: z.array(z.string().uuid()).max(50).default([]),
  selfBooking: z.enum(SELF_BOOKING).default('anyone'),
  cancellationHours: z.number().int().min(0).max(720).default(24),
  unitId: z.string().uuid(),
  active: z.boolean().default(true),
});
export type TypeInput = z.infer<typeof typeInput>;
/** Creating a type may leave the unit out: it then belongs to the creator's own unit. */
export const typeCreateInput = typeInput.extend({ unitId: z.string().uuid().optional() });
export type TypeCreateInput = z.infer<typeof typeCreateInput>;
const shownName = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });
export const typeView = typeInput.extend({
  id: z.string(),
  name: shownName,
  /** The catalogue services of `serviceIds`, by name (a service since removed from the catalogue is left out). */
  services: z.array(z.object({ id: z.string(), name: shownName })),
});
export const typeQuery = z.object({ serviceId: z.string().uuid().optional() });

export const availabilityInput = z
  .object({
    /** Coordinators give anyone's availability; professionals only their own (left out). */
    professionalId: z.string().uuid().optional(),
    appointmentTypeIds: z.array(z.string().uuid()).min(1, 'at least one appointment type').max(20),
    weekday: z.number().int().min(1).max(7),
    starts: clock,
    ends: clock,
    channel,
    /** The place of in-person appointments; for remote ones, optionally the centre they belong to. */
    locationId: z.string().uuid().nullable().default(null),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.ends <= a.starts) ctx.addIssue({ code: 'custom', path: ['ends'], message: 'must be after starts' });
    if (a.channel === 'in_person' && !a.locationId) ctx.addIssue({ code: 'custom', path: ['locationId'], message: 'an in-person availability needs a location' });
    if (a.validTo !== null && a.validTo < a.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
  });
export type AvailabilityInput = z.infer<typeof availabilityInput>;
export const availabilityView = z.object({
  id: z.string(),
  professional: z.object({ id: z.string(), name: z.string() }),
  unitId: z.string(),
  appointmentTypeIds: z.array(z.string()),
  weekday: z.number(),
  starts: z.string(),
  ends: z.string(),
  channel,
  locationId: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export const availabilityQuery = z.object({ professionalId: z.string().uuid().optional() });

export const slotsQuery = z
  .object({
    serviceId: z.string().uuid().optional(),
    appointmentTypeId: z.string().uuid().optional(),
    locationId: z.string().uuid().optional(),
    channel: channel.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((q, ctx) => {
    if (!q.serviceId && !q.appointmentTypeId) ctx.addIssue({ code: 'custom', path: ['appointmentTypeId'], message: 'give serviceId or appointmentTypeId' });
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });
export type SlotsQuery = z.infer<typeof slotsQuery>;

const named = z.object({ id: z.string(), name: z.string() });
const localized = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });
const place = z.object({ id: z.string(), name: localized, address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }) });

export const slotView = z.object({
  appointmentType: z.object({ id: z.string(), name: localized, durationMinutes: z.number() }),
  professional: named,
  location: place.nullable(),
  channel,
  startsAt: z.string(),
  endsAt: z.string(),
});
export type SlotView = z.infer<typeof slotView>;

export const bookingInput = z.object({
  appointmentTypeId: z.string().uuid(),
  professionalId: z.string().uuid(),
  startsAt: instant,
  channel,
  locationId: z.string().uuid().nullable().default(null),
});
export type BookingInput = z.infer<typeof bookingInput>;
export const staffBookingInput = bookingInput.extend({ note: z.string().trim().max(2000).nullable().default(null) });
export const rescheduleInput = bookingInput.omit({ appointmentTypeId: true });

export const appointmentView = z.object({
  id: z.string(),
  clientId: z.string(),
  appointmentType: z.object({ id: z.string(), name: localized }),
  professional: named,
  location: place.nullable(),
  channel,
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['held', 'booked', 'cancelled', 'expired', 'arrived', 'no_show', 'done']),
  heldUntil: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** Until when the client may cancel or move it online. */
  changeableUntil: z.string(),
  changeable: z.boolean(),
  rescheduledFromId: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type AppointmentView = z.infer<typeof appointmentView>;

export const actingQuery = z.object({ for: z.string().uuid().optional() });
export const idParams = z.object({ id: z.string().uuid() });
export const icsParams = z.object({ id: z.string().uuid() });
export const myAppointments = z.object({ actingAs: z.enum(['self', 'guardian']), upcoming: z.array(appointmentView), past: z.array(appointmentView) });

export const dayListQuery = z.object({ date: isoDate.optional() });
export const dayListView = z.object({
  date: z.string(),
  items: z.array(appointmentView.extend({ client: z.object({ id: z.string(), name: z.string(), birthDate: z.string() }) })),
});
export const markInput = z.object({ version: z.number().int().min(1) });

export const t3Query = z.object({ appointmentTypeId: z.string().uuid(), locationId: z.string().uuid().optional() });
export const t3View = z.object({
  appointmentTypeId: z.string(),
  locationId: z.string().nullable(),
  days: z.number().nullable(),
  thirdStartsAt: z.string().nullable(),
  computedAt: z.string(),
});
export const t3HistoryQuery = z.object({ appointmentTypeId: z.string().uuid().optional(), locationId: z.string().uuid().optional(), from: isoDate.optional(), to: isoDate.optional() });
export const t3HistoryView = z.array(
  z.object({ appointmentTypeId: z.string(), locationId: z.string().nullable(), measuredOn: z.string(), days: z.number().nullable(), thirdStartsAt: z.string().nullable(), measuredAt: z.string() }),
);
