import { useState } from 'react';
import { Link as RouterDomLink, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, Paragraph, RouterLink, SearchInput, StaticChip, Table } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useMyServices } from './api';
import { useEditingFormat } from './format';
import { LocationsSection } from './locations-section';

const PAGE = 50;

function Services() {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const services = useMyServices(q, limit);

  const search = () => {
    setQ(typed.trim());
    setLimit(PAGE);
  };

  const columns = [
    { key: 'name', labelText: t('editing.producer.columns.name') },
    { key: 'organization', labelText: t('editing.producer.columns.organization') },
    { key: 'status', labelText: t('editing.producer.columns.status') },
    { key: 'review', labelText: t('editing.producer.columns.review') },
    { key: 'updated', labelText: t('editing.producer.columns.updated') },
  ];
  const rows = (services.data?.items ?? []).map((s) => ({
    id: s.id,
    name: (
      <RouterLink asComponent={RouterDomLink} to={`/producer/services/${s.id}`}>
        {format.name(s.name)}
      </RouterLink>
    ),
    organization: format.name(s.organization.name),
    status: t(`editing.statuses.${s.status}`),
    review: s.pendingReview ? <StaticChip>{t('editing.producer.pending')}</StaticChip> : t('editing.producer.noPending'),
    updated: <time dateTime={s.updatedAt}>{format.dateTime(s.updatedAt)}</time>,
  }));

  return (
    <section aria-labelledby="services-heading">
      <Heading variant="h2" id="services-heading" mb="m">
        {t('editing.producer.servicesHeading')}
      </Heading>
      <SearchArea role="search">
        <SearchInput
          labelText={t('editing.producer.search')}
          searchButtonLabel={t('editing.producer.searchButton')}
          clearButtonLabel={t('editing.producer.clearSearch')}
          value={typed}
          onChange={(v) => setTyped(String(v ?? ''))}
          onSearch={() => search()}
          fullWidth
        />
      </SearchArea>
      {services.isPending ? (
        <Loading />
      ) : services.isError ? (
        <LoadError message={t('editing.producer.error')} onRetry={() => void services.refetch()} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('editing.producer.empty')}</Paragraph>
      ) : (
        <>
          <Table caption={t('editing.producer.caption')} columns={columns} data={rows} mb="s" />
          <Paragraph mb="s" aria-live="polite">
            {t('editing.producer.shown', { shown: rows.length, total: services.data.total })}
          </Paragraph>
          {rows.length < services.data.total && (
            <Button variant="secondary" onClick={() => setLimit((l) => l + PAGE)}>
              {t('editing.producer.loadMore')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

export function ProducerPage() {
  const { t } = useTranslation();
  usePageTitle(t('editing.producer.title'));
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeading>{t('editing.producer.heading')}</PageHeading>
      <Paragraph mb="xl">{t('editing.producer.intro')}</Paragraph>
      <Services />
      <LocationsSection
        selected={params.get('location')}
        onSelect={(id) => setParams(id ? { location: id } : {}, { replace: true })}
      />
    </>
  );
}

const SearchArea = styled.div`
  max-width: 480px;
  margin-bottom: ${tokens.spacing.m};
`;
