import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { CallbackDesk } from './callback-desk';
import { WalkInDesk } from './walk-in-desk';

/** Staff's contact queues: call-back requests to answer and the walk-in queue at the desk. */
export function ContactQueuesPage() {
  const { t } = useTranslation();
  usePageTitle(t('contact.queues.title'));
  return (
    <>
      <PageHeading>{t('contact.queues.title')}</PageHeading>
      <Paragraph mb="l">{t('contact.queues.intro')}</Paragraph>
      <CallbackDesk />
      <WalkInDesk />
    </>
  );
}
