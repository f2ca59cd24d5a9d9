/** Dates as "YYYY-MM-DD" strings: holidays are calendar days, with no time zone of their own. */
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function addDays(year: number, month: number, day: number, days: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Easter Sunday (Gregorian; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The weekday (0 = Sunday … 6 = Saturday) of a date. */
const weekday = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The first date in [from, from+6] of the given month that falls on the weekday. */
function firstWeekdayFrom(year: number, month: number, from: number, wanted: number): string {
  const offset = (wanted - weekday(year, month, from) + 7) % 7;
  return addDays(year, month, from, offset);
}

export interface Holiday {
  date: string;
  name: { fi: string; sv: string; en: string };
}

/**
 * Finnish public holidays and the de facto holidays on which public services are closed
 * (Midsummer Eve, Christmas Eve), for one year.
 */
export function finnishPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number) => addDays(year, easter.month, easter.day, days);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" } },
    { date: iso(year, 1, 6), name: { fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' } },
    { date: fromEaster(-2), name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' } },
    { date: fromEaster(0), name: { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' } },
    { date: fromEaster(1), name: { fi: '2. pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' } },
    { date: iso(year, 5, 1), name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
    { date: fromEaster(39), name: { fi: 'Helatorstai', sv: 'Kristi himmelfärdsdag', en: 'Ascension Day' } },
    { date: fromEaster(49), name: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' } },
    { date: firstWeekdayFrom(year, 6, 19, 5), name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' } },
    { date: firstWeekdayFrom(year, 6, 20, 6), name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' } },
    { date: firstWeekdayFrom(year, 10, 31, 6), name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" } },
    { date: iso(year, 12, 6), name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' } },
    { date: iso(year, 12, 24), name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' } },
    { date: iso(year, 12, 25), name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' } },
    { date: iso(year, 12, 26), name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "St Stephen's Day" } },
  ];
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

// Asked for every opening-hours check (a search checks dozens): each year is worked out once.
const holidaysByYear = new Map<number, readonly Holiday[]>();

export function holidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = holidaysByYear.get(year);
  if (!holidays) holidaysByYear.set(year, (holidays = finnishPublicHolidays(year)));
  return holidays.find((h) => h.date === date);
}
