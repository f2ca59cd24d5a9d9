/**
 * Appointment slots (D11): generated from a professional's weekly availability, cut to the
 * location's opening hours of each date (exceptions and Finnish public holidays included), in
 * Helsinki local time and stored as instants. Pure; the server adds the bookings.
 */
import { holidayOn } from './holidays.ts';
import { hoursOn, minutesOf, TIME_ZONE, type HoursException, type WeeklyHours } from './opening-hours.ts';

export const APPOINTMENT_CHANNELS = ['in_person', 'phone', 'video'] as const;
export type AppointmentChannel = (typeof APPOINTMENT_CHANNELS)[number];

/** Who may book an appointment type online by themself. */
export const SELF_BOOKING = ['area_residents', 'anyone', 'staff_only'] as const;
export type SelfBooking = (typeof SELF_BOOKING)[number];

/** One weekly window of a professional's availability, valid from–to (local dates, inclusive). */
export interface AvailabilityWindow {
  weekday: number;
  starts: string;
  ends: string;
  channel: AppointmentChannel;
  validFrom: string;
  validTo: string | null;
}

export interface SlotRules {
  durationMinutes: number;
  /** Time between two appointments for notes and the next client. */
  bufferMinutes: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  channel: AppointmentChannel;
}

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

const HOUR_MS = 3_600_000;
const offsetsByHour = new Map<number, number>();

/**
 * Helsinki's offset from UTC in minutes at an instant (+120 in winter, +180 in summer). The offset
 * changes only on a whole UTC hour, so it is asked of Intl once per hour and remembered: a day's
 * slots would otherwise ask it a hundred times.
 */
function offsetMinutes(at: Date): number {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  const known = offsetsByHour.get(hour);
  if (known !== undefined) return known;
  const name = offsetFormatter.formatToParts(new Date(hour * HOUR_MS)).find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  if (offsetsByHour.size > 100_000) offsetsByHour.clear();
  offsetsByHour.set(hour, offset);
  return offset;
}

/**
 * The instant of a Helsinki wall-clock time. Twice round the offset: the first guess may sit on the
 * other side of a summer-time change than the answer.
 */
export function helsinkiInstant(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let at = new Date(wall - offsetMinutes(new Date(wall)) * 60_000);
  at = new Date(wall - offsetMinutes(at) * 60_000);
  return at;
}

const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Minute ranges [from, to) of one date where both the availability and the place are open. */
function intersect(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) if (Math.max(a0, b0) < Math.min(a1, b1)) out.push([Math.max(a0, b0), Math.min(a1, b1)]);
  return out.sort((x, y) => x[0] - y[0]);
}

export interface SlotInput {
  /** Local dates from–to, inclusive. */
  from: string;
  to: string;
  availability: readonly AvailabilityWindow[];
  rules: SlotRules;
  /** The location's hours; in-person slots exist only while it is open. */
  location?: { weekly: readonly WeeklyHours[]; exceptions: readonly HoursException[] };
  /** Only these channels (an appointment type offers some of them). */
  channels?: readonly AppointmentChannel[];
}

/**
 * Every slot of the period, in time order. In-person slots fit inside the location's hours of the
 * date (its exceptions and public holidays close it); remote slots follow the availability alone
 * but not on public holidays.
 */
export function generateSlots(input: SlotInput): Slot[] {
  const { durationMinutes, bufferMinutes } = input.rules;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) throw new RangeError('The duration is a positive number of minutes');
  const step = durationMinutes + Math.max(0, bufferMinutes);
  const slots: Slot[] = [];
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    const windows = input.availability.filter(
      (w) => w.weekday === weekday && w.validFrom <= date && (w.validTo === null || date <= w.validTo) && (!input.channels || input.channels.includes(w.channel)),
    );
    if (windows.length === 0) continue;
    const day = input.location ? hoursOn(date, input.location.weekly, input.location.exceptions) : null;
    const placeOpen: [number, number][] = day?.kind === 'open' ? day.ranges.map((r) => [minutesOf(r.opens), minutesOf(r.closes)]) : [];
    const holiday = holidayOn(date) !== undefined;
    for (const w of windows) {
      const window: [number, number][] = [[minutesOf(w.starts), minutesOf(w.ends)]];
      const ranges = w.channel === 'in_person' ? (input.location ? intersect(window, placeOpen) : []) : holiday ? [] : window;
      for (const [from, to] of ranges) {
        for (let start = from; start + durationMinutes <= to; start += step) {
          const startsAt = helsinkiInstant(date, clock(start));
          slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000), channel: w.channel });
        }
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.channel.localeCompare(b.channel));
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** A booking may be cancelled or moved online until the deadline before its start. */
export function mayCancel(startsAt: Date, now: Date, deadlineHours: number): boolean {
  return startsAt.getTime() - now.getTime() >= deadlineHours * 3_600_000;
}

/** Whether a resident may book this appointment type online by themself. */
export function maySelfBook(rule: SelfBooking, residentAreaCode: string | null, locationAreaCode: string | null): boolean {
  if (rule === 'anyone') return true;
  if (rule === 'staff_only') return false;
  return residentAreaCode !== null && residentAreaCode === locationAreaCode;
}

/**
 * T3, the access metric of Finnish primary care: days from `now` to the start of the third next
 * free appointment (the third, not the first, so that one cancellation does not flatter the
 * figure). Null when there are fewer than three free slots ahead.
 */
export function thirdNextFree(freeStarts: readonly Date[], now: Date): { startsAt: Date; days: number } | null {
  const ahead = freeStarts.filter((s) => s.getTime() > now.getTime()).sort((a, b) => a.getTime() - b.getTime());
  const third = ahead[2];
  if (!third) return null;
  return { startsAt: third, days: Math.floor((third.getTime() - now.getTime()) / 86_400_000) };
}

/** The last moment a booking may still be cancelled or moved online. */
export function cancellationDeadline(startsAt: Date, deadlineHours: number): Date {
  return new Date(startsAt.getTime() - deadlineHours * 3_600_000);
}

/** The slots that overlap none of the busy times (live appointments), in the given order. */
export function withoutBusy<T extends { startsAt: Date; endsAt: Date }>(slots: readonly T[], busy: readonly { startsAt: Date; endsAt: Date }[]): T[] {
  const sorted = [...busy].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return slots.filter((s) => !sorted.some((b) => b.startsAt.getTime() < s.endsAt.getTime() && s.startsAt.getTime() < b.endsAt.getTime()));
}
