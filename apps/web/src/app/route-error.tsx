import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { usePageTitle } from '../ui/use-page-title';
import { PageHeading } from '../ui/page-heading';

/** Shown instead of a page that threw while rendering; the header and footer stay usable. */
export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('error.title'));
  return (
    <>
      <PageHeading>{t('error.title')}</PageHeading>
      <Paragraph>{t('error.text')}</Paragraph>
    </>
  );
}
