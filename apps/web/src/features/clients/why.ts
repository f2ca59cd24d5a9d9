import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { RegisterBlock } from './api';

export type Denial = 'noRelation' | 'noConsent' | 'other';

/** The policy's reason codes as the page words them in the user's language. */
export function denialOf(reasons: readonly (string | null)[]): Denial {
  if (reasons.includes('no_relation')) return 'noRelation';
  if (reasons.includes('no_consent')) return 'noConsent';
  return 'other';
}

/** A whole overview refused (403): whether giving an emergency reason could open it. */
export function overviewDenial(error: unknown): Denial | null {
  return isApiError(error, 403) ? denialOf(error.reasons) : null;
}

/** "Miksi näen tämän?" for one register block: the basis in a word and what it means. */
export function useWhyText() {
  const { t } = useTranslation();
  return (why: RegisterBlock['why']) => {
    if (why.allowed && (why.basis === 'relation' || why.basis === 'consent' || why.basis === 'emergency')) {
      return { basis: t(`clients.basis.${why.basis}`), text: t(`clients.why.${why.basis}`) };
    }
    if (why.allowed) return { basis: t('clients.basis.other'), text: t('clients.why.other') };
    return { basis: null, text: t(`clients.hidden.${denialOf([why.reason])}`) };
  };
}
