import { holidayOn, localMoment } from '@avain/domain';
import { Codebook } from './rows.ts';
import type { SearchIndex } from './snapshot.ts';
import { rowScratch } from './typed-arrays.ts';

type Moment = ReturnType<typeof localMoment>;

let lastMinute = NaN;
let lastMoment: Moment | null = null;
/** The local moment of a time; searches in the same minute share one (Intl formatting is slow). */
export function momentAt(now: Date): Moment {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute || !lastMoment) {
    lastMoment = localMoment(now);
    lastMinute = minute;
  }
  return lastMoment;
}

/** An exception for one location on one date, in seconds of the day (null: closed all day). */
export interface DatedException {
  opens: number | null;
  closes: number | null;
}

/**
 * The distinct weekly hours of the rows (most rows of a location share theirs), each a list of
 * [from, to) minutes of the week, numbered so a row keeps a number instead of a list.
 */
export class WeeklyHoursBook {
  readonly weeks: Int32Array[] = [];
  private readonly numbers = new Codebook(Infinity);

  /** The number of the hours given as JSON [[from, to], …]. */
  number(json: string): number {
    const n = this.numbers.code(json);
    if (n === this.weeks.length) this.weeks.push(Int32Array.from((JSON.parse(json) as [number, number][]).flat()));
    return n;
  }

  /** One flag per distinct hours: open at the minute of the week. */
  openAt(minuteOfWeek: number): Uint8Array {
    const flags = new Uint8Array(this.weeks.length);
    this.weeks.forEach((ranges, n) => {
      for (let k = 0; k < ranges.length; k += 2) if (ranges[k]! <= minuteOfWeek && minuteOfWeek < ranges[k + 1]!) flags[n] = 1;
    });
    return flags;
  }
}

/**
 * Which rows are open (or open for walk-in) at one local moment, as two lookups: on a date with
 * exceptions, one per location (1 open, 0 closed, -1 no exception: the weekly hours decide);
 * otherwise one per distinct weekly hours, all closed on a public holiday. Made once per minute
 * and kind, and kept while the index is unchanged, so filtering many rows reads two arrays a row.
 */
export class OpenAtMoment {
  constructor(
    private readonly weekly: Uint8Array,
    private readonly hoursOf: Int32Array,
    private readonly byLocation: Int8Array | null,
    private readonly locationOf: Int32Array,
  ) {}

  static of(index: SearchIndex, moment: Moment, hours: 'open' | 'walkIn'): OpenAtMoment {
    const key = `${hours}|${moment.date}|${moment.minuteOfDay}`;
    const known = index.openAtMoment.get(key);
    if (known) return known;
    const { rows } = index;
    const weekly = holidayOn(moment.date) !== undefined ? new Uint8Array(index.weeklyHours.weeks.length) : index.weeklyHours.openAt(moment.minuteOfWeek);
    const exceptions = index.exceptionsByDate.get(moment.date);
    let byLocation: Int8Array | null = null;
    if (exceptions) {
      const second = moment.minuteOfDay * 60;
      byLocation = new Int8Array(index.locationCount).fill(-1);
      for (const [location, e] of exceptions) byLocation[location] = e.opens !== null && e.closes !== null && e.opens <= second && second < e.closes ? 1 : 0;
    }
    const open = new OpenAtMoment(weekly, hours === 'open' ? rows.openHours : rows.walkInHours, byLocation, rows.location);
    index.openAtMoment.set(key, open);
    return open;
  }

  has(row: number): boolean {
    const exception = this.byLocation === null ? -1 : this.byLocation[this.locationOf[row]!]!;
    return exception === -1 ? this.weekly[this.hoursOf[row]!] === 1 : exception === 1;
  }

  /** The given rows that are open, in their order, in an array of their own. */
  keep(rows: Int32Array): Int32Array {
    const out = rowScratch(rows.length);
    let n = 0;
    for (let k = 0; k < rows.length; k++) if (this.has(rows[k]!)) out[n++] = rows[k]!;
    return out.slice(0, n);
  }
}
