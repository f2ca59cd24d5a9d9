import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { AreaNamesSection } from './area-names-section';
import { PostalCodesSection } from './postal-codes-section';

/** Coordinators keep population responsibility up to date: postal codes to centres, and area names. */
export function AreasAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('centre.admin.title'));
  return (
    <>
      <PageHeading>{t('centre.admin.title')}</PageHeading>
      <Paragraph mb="xl">{t('centre.admin.intro')}</Paragraph>
      <PostalCodesSection />
      <AreaNamesSection />
    </>
  );
}
