/** Dates for reading and typing: the day in Finland, written in the page language. */
import { useTranslation } from 'react-i18next';
import { isLanguage, languageLocales, type Language } from '../i18n';

const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day ("1986-04-12") is read as noon UTC, which is the same day in Finland all year. */
const toDate = (iso: string) => new Date(calendarDay.test(iso) ? `${iso}T12:00:00Z` : iso);

/** A day written out in full ("23. marraskuuta 2026"), for sentences. */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(languageLocales[language], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(toDate(iso));
}

export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = languageLocales[isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi'];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Helsinki' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  return {
    date: (iso: string) => date.format(toDate(iso)),
    dateTime: (iso: string) => dateTime.format(toDate(iso)),
  };
}

/** A calendar day ("2026-03-01") written the way Suomi.fi date inputs read it ("1.3.2026") in every language. */
export function typedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/**
 * A typed date as the API wants it ("YYYY-MM-DD"), from the Finnish form "12.4.1986" that Suomi.fi
 * date inputs use, or from ISO; null when it is no real day.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = calendarDay.exec(trimmed);
  const [year, month, day] = finnish ? [finnish[3], finnish[2], finnish[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // Date rolls 31.2. over into March; a day that does not survive the round trip does not exist.
  return new Date(`${value}T12:00:00Z`).toISOString().startsWith(value) ? value : null;
}
