import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { usePageTitle } from '../../ui/use-page-title';
import { PageHeading } from '../../ui/page-heading';

export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('access.noAccessTitle'));
  return (
    <>
      <PageHeading>{t('access.noAccessTitle')}</PageHeading>
      <Paragraph mb="m">{t('access.noAccessText')}</Paragraph>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('notFound.backHome')}
      </RouterLink>
    </>
  );
}
