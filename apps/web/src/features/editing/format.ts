import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n';
import { useDateFormat } from '../../ui/date-format';
import { localized, type LocalizedName } from '../home/areas';

/** Dates and times of editing events in Finnish time, and names, in the reader's language. */
export function useEditingFormat() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
  const { dateTime } = useDateFormat();
  return { dateTime, name: (name: LocalizedName) => localized(name, language) };
}
