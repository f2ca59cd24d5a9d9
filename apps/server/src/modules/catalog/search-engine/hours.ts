import { holidayOn, localMoment } from '@avain/domain';
import type { SearchIndex } from './snapshot.ts';

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

const inRanges = (ranges: Int32Array, minute: number) => {
  for (let k = 0; k < ranges.length; k += 2) if (ranges[k]! <= minute && minute < ranges[k + 1]!) return true;
  return false;
};

/**
 * Whether a row's location (or its walk-in) is open at a local moment: an exception for that date
 * decides when there is one; otherwise the weekly minutes, except on public holidays.
 */
export function openAt(index: SearchIndex, moment: Moment, hours: 'open' | 'walkIn'): (row: number) => boolean {
  const ranges = hours === 'open' ? index.rows.open : index.rows.walkIn;
  const locations = index.rows.location;
  const exceptions = index.exceptionsByDate.get(moment.date);
  const holiday = holidayOn(moment.date) !== undefined;
  const second = moment.minuteOfDay * 60;
  return (row) => {
    const exception = exceptions?.get(locations[row]!);
    if (exception) return exception.opens !== null && exception.closes !== null && exception.opens <= second && second < exception.closes;
    return !holiday && inRanges(ranges[row]!, moment.minuteOfWeek);
  };
}
