import { addDays, generateSlots, helsinkiDate, helsinkiInstant, withoutBusy, type AppointmentChannel, type LocalizedText } from '@avain/domain';
import type { DbOrTx } from '../../db/client.ts';
import { usersByIds } from '../auth/service.ts';
import { placesWithHours } from '../catalog/service.ts';
import * as repo from './repo.ts';
import type { SlotsQuery } from './schema.ts';

export type Place = Awaited<ReturnType<typeof placesWithHours>>[number];

/** A time a professional gives for an appointment type, at a place or remote. */
export interface Slot {
  type: repo.TypeRow;
  professional: { id: string; name: string };
  unitId: string;
  location: Place | null;
  channel: AppointmentChannel;
  startsAt: Date;
  endsAt: Date;
}

export interface SlotFilter {
  professionalId?: string;
  /** Only availability given at this place (in person, or remote work belonging to this centre). */
  locationId?: string | undefined;
  channel?: AppointmentChannel | undefined;
  /** Local dates, inclusive. */
  from: string;
  to: string;
}

const MAX_SLOTS = 2000;

/** The local (Helsinki) date of an instant. */

/**
 * Every slot the availability gives for these appointment types in the period, cut to the places'
 * opening hours (exceptions and public holidays included), starting after `now`; bookings are
 * not taken into account here.
 */
export async function generatedSlots(db: DbOrTx, types: repo.TypeRow[], f: SlotFilter, now: Date): Promise<Slot[]> {
  const windows = await repo.listAvailabilities(db, { typeIds: types.map((t) => t.id), professionalId: f.professionalId, locationId: f.locationId });
  if (windows.length === 0) return [];
  const [places, people] = await Promise.all([placesOf(db, windows), usersByIds(db, [...new Set(windows.map((w) => w.professionalId))])]);
  return slotsOf(types, windows, places, new Map(people.map((u) => [u.id, u.displayName])), f, now);
}

/** The places (with their opening hours) of the windows given at one. */
export const placesOf = (db: DbOrTx, windows: repo.AvailabilityRow[]) => placesWithHours(db, windows.flatMap((w) => (w.locationId ? [w.locationId] : [])));

/** The slots of `generatedSlots` from windows already read, with their places and their professionals' names. */
export function slotsOf(types: repo.TypeRow[], windows: repo.AvailabilityRow[], places: Place[], nameOf: ReadonlyMap<string, string>, f: SlotFilter, now: Date): Slot[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const slots = new Map<string, Slot>();
  for (const type of types) {
    const channels = (type.channels as AppointmentChannel[]).filter((c) => !f.channel || c === f.channel);
    // One group per professional, place and unit: their windows share the place's hours.
    const groups = new Map<string, repo.AvailabilityRow[]>();
    for (const w of windows.filter((w) => w.appointmentTypeIds.includes(type.id))) {
      const key = `${w.professionalId}|${w.locationId ?? ''}|${w.unitId}`;
      groups.set(key, [...(groups.get(key) ?? []), w]);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      const place = first.locationId ? (placeById.get(first.locationId) ?? null) : null;
      const generated = generateSlots({
        from: f.from,
        to: f.to,
        availability: group.map((w) => ({ weekday: w.weekday, starts: w.starts, ends: w.ends, channel: w.channel as AppointmentChannel, validFrom: w.validFrom, validTo: w.validTo })),
        rules: { durationMinutes: type.durationMinutes, bufferMinutes: type.bufferMinutes },
        channels,
        ...(place ? { location: { weekly: place.weekly, exceptions: place.exceptions } } : {}),
      });
      for (const s of generated) {
        if (s.startsAt.getTime() <= now.getTime()) continue;
        const key = `${type.id}|${first.professionalId}|${s.startsAt.toISOString()}|${s.channel}`;
        slots.set(key, {
          type,
          professional: { id: first.professionalId, name: nameOf.get(first.professionalId) ?? '' },
          unitId: first.unitId,
          location: place,
          channel: s.channel,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
        });
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.professional.name.localeCompare(b.professional.name, 'fi'));
}

/** The free slots: generated ones no live appointment (or hold still running) overlaps. */
export async function freeSlots(db: DbOrTx, types: repo.TypeRow[], f: SlotFilter, now: Date, limit = MAX_SLOTS): Promise<Slot[]> {
  const slots = await generatedSlots(db, types, f, now);
  if (slots.length === 0) return [];
  const busy = await repo.busyTimes(db, [...new Set(slots.map((s) => s.professional.id))], helsinkiInstant(f.from, '00:00'), helsinkiInstant(addDays(f.to, 1), '00:00'), now);
  const byProfessional = new Map<string, typeof busy>();
  for (const b of busy) byProfessional.set(b.professionalId, [...(byProfessional.get(b.professionalId) ?? []), b]);
  return slots.filter((s) => withoutBusy([s], byProfessional.get(s.professional.id) ?? []).length === 1).slice(0, limit);
}

export function slotView(s: Slot) {
  return {
    appointmentType: { id: s.type.id, name: s.type.name as LocalizedText, durationMinutes: s.type.durationMinutes },
    professional: s.professional,
    location: s.location ? { id: s.location.id, name: s.location.name, address: s.location.address } : null,
    channel: s.channel,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  };
}

const DEFAULT_DAYS = 14;
const MAX_DAYS = 92;

/** The types a search names: one by id, or those booking a catalogue service. Staff-only types are for staff. */
export async function typesFor(db: DbOrTx, q: { appointmentTypeId?: string | undefined; serviceId?: string | undefined }, forStaff: boolean) {
  const types = q.appointmentTypeId ? [await repo.findType(db, q.appointmentTypeId)].filter((t) => t !== undefined) : await repo.listTypes(db, { activeOnly: true, serviceId: q.serviceId });
  return types.filter((t) => t.active && (forStaff || t.selfBooking !== 'staff_only'));
}

/** Free times by service or type, place and channel, within at most three months. */
export async function findSlots(db: DbOrTx, q: SlotsQuery, forStaff: boolean, now = new Date()) {
  const from = q.from && q.from > helsinkiDate(now) ? q.from : helsinkiDate(now);
  const last = addDays(from, MAX_DAYS);
  const to = q.to ? (q.to < last ? q.to : last) : addDays(from, DEFAULT_DAYS - 1);
  const types = await typesFor(db, q, forStaff);
  if (types.length === 0) return [];
  return (await freeSlots(db, types, { locationId: q.locationId, channel: q.channel, from, to }, now)).map(slotView);
}
