import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { searchParamsOf, useClientSearch, type SearchInput } from './api';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

/** The search as the URL holds it, so that reloading or going back repeats it. */
function searchInURL(params: URLSearchParams): SearchInput | null {
  const identityCode = params.get('identityCode');
  if (identityCode) return { identityCode };
  const lastName = params.get('lastName');
  const birthDate = params.get('birthDate');
  if (!lastName || !birthDate) return null;
  const firstNames = params.get('firstNames');
  return firstNames ? { lastName, birthDate, firstNames } : { lastName, birthDate };
}

export function ClientSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('clients.search.title'));
  const [params, setParams] = useSearchParams();
  const searched = searchInURL(params);
  const search = useClientSearch(searched);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const invalid = isApiError(search.error, 400);

  useEffect(() => {
    // Screen reader and keyboard users land on the answer to what they asked.
    if (search.isSuccess && search.fetchStatus === 'idle') resultsRef.current?.focus();
  }, [search.isSuccess, search.fetchStatus, search.dataUpdatedAt]);

  return (
    <>
      <PageHeading>{t('clients.search.title')}</PageHeading>
      <Paragraph mb="l">{t('clients.search.intro')}</Paragraph>
      <SearchForm
        key={params.toString()}
        searched={searched}
        searching={search.isFetching}
        error={search.error}
        onSearch={(input) => setParams(searchParamsOf(input))}
      />
      {searched === null ? null : search.isPending ? (
        <Loading />
      ) : search.isError ? (
        invalid ? null : <LoadError message={t('clients.search.error')} onRetry={() => void search.refetch()} />
      ) : (
        <SearchResults ref={resultsRef} hits={search.data} />
      )}
    </>
  );
}
