import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { AccessLogSection } from './access-log-section';
import { useMyData, type Ward } from './api';
import { ConsentsSection } from './consents-section';
import { DetailsSection } from './details-section';
import { DownloadsSection } from './downloads-section';
import { EntriesSection } from './entries-section';
import { ServiceLinks } from './service-links';
import { WhoseData } from './whose-data';

const SECTIONS = ['details', 'entries', 'consents', 'log', 'downloads', 'services'] as const;

/** A short in-page menu: the page is long, and each part is a heading away. */
function Contents() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('mydata.contents')}>
      <ContentsList>
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#mydata-${section}`}>{t(`mydata.sections.${section}`)}</a>
          </li>
        ))}
      </ContentsList>
    </nav>
  );
}

function Sections({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const data = useMyData(forId);
  if (data.isPending) return <Loading />;
  if (data.isError) {
    const message = isApiError(data.error, 404) ? t('mydata.noRecord') : t('mydata.loadError');
    return <LoadError message={message} onRetry={() => void data.refetch()} />;
  }
  const { client, entries, consents, actingAs } = data.data;
  return (
    <>
      <Contents />
      <DetailsSection client={client} />
      <EntriesSection entries={entries} asGuardian={actingAs === 'guardian'} />
      <ConsentsSection consents={consents} forId={forId} />
      <AccessLogSection forId={forId} />
      <DownloadsSection forId={forId} />
      <ServiceLinks forId={forId} />
    </>
  );
}

/** Omat tiedot: the resident's own data — or, for a guardian, a minor's — in one place. */
export function MyDataPage() {
  const { t } = useTranslation();
  usePageTitle(t('mydata.title'));
  const [acting, setActing] = useState<Ward | null>(null);
  return (
    <>
      <PageHeading>{t('mydata.title')}</PageHeading>
      <Paragraph mb="l">{t('mydata.intro')}</Paragraph>
      <WhoseData acting={acting} onSwitch={setActing} />
      {/* Keyed by whose data is shown, so no form or filter carries over from one person to another. */}
      <Sections key={acting?.id ?? 'self'} forId={acting?.id} />
    </>
  );
}

const ContentsList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs} ${tokens.spacing.l};
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
  list-style: none;

  a {
    color: ${tokens.colors.highlightBase};
  }
`;
