import { useTranslation } from 'react-i18next';
import { isLanguage, languageLocales } from '../../i18n';
import { localized, type LocalizedName } from '../home/areas';

/** Dates and times of editing events in Finnish time, in the reader's language. */
export function useEditingFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
  const dateTime = new Intl.DateTimeFormat(languageLocales[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    name: (name: LocalizedName) => localized(name, language),
  };
}
