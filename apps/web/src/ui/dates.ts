/** Dates as residents read them: the day in Finland, written out in the page language. */
import { languageLocales, type Language } from '../i18n';

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(languageLocales[language], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(new Date(iso));
}
