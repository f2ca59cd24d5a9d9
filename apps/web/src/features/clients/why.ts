import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { RegisterBlock } from './api';

export type Denial = 'noRelation' | 'noConsent' | 'other';

/**
 * Why the server refused, from its English wording: the API names the basis of an access but not
 * the reason of a refusal, and the page says both in the user's language.
 */
export function denialOf(explanation: string | undefined): Denial {
  if (!explanation) return 'other';
  if (/no active client relation/i.test(explanation)) return 'noRelation';
  if (/consent/i.test(explanation)) return 'noConsent';
  return 'other';
}

/** A whole overview refused (403): whether giving an emergency reason could open it. */
export function overviewDenial(error: unknown): Denial | null {
  return isApiError(error, 403) ? denialOf(error.detail) : null;
}

/** "Miksi näen tämän?" for one register block: the basis in a word and what it means. */
export function useWhyText() {
  const { t } = useTranslation();
  return (why: RegisterBlock['why']) => {
    if (why.allowed && (why.basis === 'relation' || why.basis === 'consent' || why.basis === 'emergency')) {
      return { basis: t(`clients.basis.${why.basis}`), text: t(`clients.why.${why.basis}`) };
    }
    if (why.allowed) return { basis: t('clients.basis.other'), text: t('clients.why.other') };
    return { basis: null, text: t(`clients.hidden.${denialOf(why.explanation)}`) };
  };
}
