import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n';
import { localized, type LocalizedName } from '../home/areas';
import type { AppointmentChannel, AppointmentStatus } from './api';

/** Names the server gives in three languages, and booking times, in the page's language. */
export function useBookingTexts() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
  const locale = language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' });
  return {
    name: (n: LocalizedName) => localized(n, language),
    day: (iso: string) => day.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
    when: (iso: string) => dayAndTime.format(new Date(iso)),
    channel: (c: AppointmentChannel) => t(`booking.channels.${c}`),
    status: (s: AppointmentStatus) => t(`booking.statuses.${s}`),
  };
}
