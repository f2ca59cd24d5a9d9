import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { usePageTitle } from '../../ui/use-page-title';
import { PageHeading } from '../../ui/page-heading';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('notFound.backHome')}
      </RouterLink>
    </>
  );
}
