/**
 * Consent dates are calendar days ("2026-03-01"). Suomi.fi's date field reads and writes them
 * the Finnish way ("1.3.2026") in every language, so that is the form's format too; reading
 * what was typed is `parseTypedDate`'s job.
 */

/** Today in Finland: a consent given late at night UTC is already tomorrow here. */
export function todayInFinland(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

export function toFieldDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
}
