import { useMemo, type ReactNode } from 'react';
import styled from 'styled-components';
import { Expander, ExpanderContent, ExpanderTitleButton, Paragraph, Text } from 'suomifi-ui-components';
import { PageHeading, useSmallScreen } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { mediaUp, tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useCatalogSearch, type SearchHit } from './api';
import { CatalogMap, type MapPlace } from './catalog-map';
import { FilterPanel } from './filter-panel';
import { useLocalize } from './format';
import { ResultList } from './result-list';
import { SearchForm } from './search-form';
import { activeFilterCount, useSearchState } from './search-state';
import { SortControl } from './sort-control';

/** One marker per place, listing every found service there. */
function usePlacesOf(hits: readonly SearchHit[]): MapPlace[] {
  const { t, text } = useLocalize();
  return useMemo(() => {
    const places = new Map<string, MapPlace>();
    for (const hit of hits) {
      const { location, service } = hit;
      let place = places.get(location.id);
      if (!place) {
        place = {
          id: location.id,
          lat: location.coordinates.lat,
          lon: location.coordinates.lon,
          title: text(location.name),
          links: [{ to: `/locations/${location.id}`, label: t('catalog.map.placeLink') }],
        };
        places.set(location.id, place);
      }
      place.links.push({ to: `/services/${service.id}`, label: text(service.name) });
    }
    return [...places.values()];
  }, [hits, t, text]);
}

/** On a phone the filters fold away, so the results are not a long scroll below them. */
function FoldOnSmallScreen({ title, children }: { title: string; children: ReactNode }) {
  const small = useSmallScreen();
  if (!small) return <Side>{children}</Side>;
  return (
    <Expander>
      <ExpanderTitleButton>{title}</ExpanderTitleButton>
      <ExpanderContent>
        <Side>{children}</Side>
      </ExpanderContent>
    </Expander>
  );
}

export function SearchPage() {
  const { t } = useLocalize();
  usePageTitle(t('catalog.search.title'));
  const { state, update } = useSearchState();
  const search = useCatalogSearch(state);
  const hits = useMemo(() => search.data?.pages.flatMap((page) => page.items) ?? [], [search.data]);
  const firstPage = search.data?.pages[0];
  const places = usePlacesOf(hits);
  const searching = search.isFetching && !search.isFetchingNextPage;
  const filterCount = activeFilterCount(state);

  return (
    <>
      <PageHeading>{t('catalog.search.heading')}</PageHeading>
      <Paragraph mb="l">
        <Text variant="lead">{t('catalog.search.intro')}</Text>
      </Paragraph>
      <SearchForm q={state.q} onSearch={(q) => update((s) => ({ ...s, q }))} />
      <Columns>
        <FoldOnSmallScreen title={filterCount > 0 ? t('catalog.filters.fold', { count: filterCount }) : t('catalog.filters.foldTitle')}>
          {/* Remounted when the origin changes in the URL (back button), so the address field follows. */}
          <SortControl key={state.origin?.label ?? ''} state={state} update={update} />
          <FilterPanel state={state} facets={firstPage?.facets} update={update} />
        </FoldOnSmallScreen>
        <Results aria-busy={searching}>
          {/* Announced on every finished search, so a screen reader hears what the change did. */}
          <Status role="status" data-testid="catalog-count">
            {searching ? t('catalog.results.searching') : firstPage ? t('catalog.results.count', { count: firstPage.total }) : ''}
          </Status>
          {search.isPending ? (
            <Loading />
          ) : search.isError && !search.data ? (
            <LoadError message={t('catalog.results.error')} onRetry={() => void search.refetch()} />
          ) : (
            <>
              {hits.length > 0 && <CatalogMap label={t('catalog.map.resultsLabel')} places={places} />}
              <ResultList
                hits={hits}
                total={firstPage?.total ?? 0}
                hasMore={search.hasNextPage}
                loadingMore={search.isFetchingNextPage}
                onLoadMore={() => void search.fetchNextPage()}
              />
            </>
          )}
        </Results>
      </Columns>
    </>
  );
}

const Columns = styled.div`
  display: grid;
  gap: ${tokens.spacing.xl};
  margin-top: ${tokens.spacing.l};

  ${mediaUp.large} {
    grid-template-columns: minmax(16rem, 1fr) minmax(0, 2.2fr);
    align-items: start;
  }
`;

const Side = styled.div`
  display: grid;
  gap: ${tokens.spacing.l};
`;

const Results = styled.div`
  display: grid;
  gap: ${tokens.spacing.m};
  min-width: 0;
`;

const Status = styled.p`
  ${tokens.typography.bodySemiBold};
  margin: 0;
`;
