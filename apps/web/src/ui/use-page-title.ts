import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title; it follows the language because `page` comes from `t()`. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
