import { holidayOn, type Holiday } from './holidays.ts';

/** Weekly hours in local time (Europe/Helsinki); weekday 1 = Monday … 7 = Sunday. */
export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
}

/** A date with other hours, or closed (no opens/closes). */
export interface HoursException {
  date: string;
  opens?: string | null;
  closes?: string | null;
  note?: string | null;
}

export const TIME_ZONE = 'Europe/Helsinki';
const MINUTES_PER_DAY = 1440;

export const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

/** Minute-of-week ranges [from, to) with Monday 00:00 = 0; used to index "open now" searches. */
export function weeklyMinuteRanges(hours: readonly WeeklyHours[]): [number, number][] {
  return hours
    .map((h): [number, number] => {
      const base = (h.weekday - 1) * MINUTES_PER_DAY;
      return [base + minutesOf(h.opens), base + minutesOf(h.closes)];
    })
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The calendar date in Helsinki: "today" for every rule, since UTC is a day behind from 22:00 or 21:00. */
export const helsinkiDate = (at: Date): string => localMoment(at).date;

/** The local calendar date, weekday and minute of a moment in Helsinki. */
export function localMoment(at: Date): { date: string; weekday: number; minuteOfDay: number; minuteOfWeek: number } {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = WEEKDAYS[parts.weekday!]!;
  const minuteOfDay = Number(parts.hour) * 60 + Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minuteOfDay,
    minuteOfWeek: (weekday - 1) * MINUTES_PER_DAY + minuteOfDay,
  };
}

export type DayHours =
  | { kind: 'open'; ranges: { opens: string; closes: string }[]; note?: string | null }
  | { kind: 'closed'; holiday?: Holiday; note?: string | null };

/** The hours of one local date: an exception wins, then a public holiday (closed), then the week. */
export function hoursOn(
  date: string,
  weekly: readonly WeeklyHours[],
  exceptions: readonly HoursException[] = [],
): DayHours {
  const exception = exceptions.find((e) => e.date === date);
  if (exception) {
    return exception.opens && exception.closes
      ? { kind: 'open', ranges: [{ opens: exception.opens.slice(0, 5), closes: exception.closes.slice(0, 5) }], note: exception.note }
      : { kind: 'closed', note: exception.note };
  }
  const holiday = holidayOn(date);
  if (holiday) return { kind: 'closed', holiday };
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const ranges = weekly
    .filter((h) => h.weekday === weekday)
    .map((h) => ({ opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
  return ranges.length > 0 ? { kind: 'open', ranges } : { kind: 'closed' };
}

export function isOpenAt(at: Date, weekly: readonly WeeklyHours[], exceptions: readonly HoursException[] = []): boolean {
  return isOpenAtMoment(localMoment(at), weekly, exceptions);
}

/** `isOpenAt` for a moment already turned into local time (many places checked at one moment). */
export function isOpenAtMoment(
  now: ReturnType<typeof localMoment>,
  weekly: readonly WeeklyHours[],
  exceptions: readonly HoursException[] = [],
): boolean {
  const day = hoursOn(now.date, weekly, exceptions);
  return day.kind === 'open' && day.ranges.some((r) => minutesOf(r.opens) <= now.minuteOfDay && now.minuteOfDay < minutesOf(r.closes));
}
