import type { MouseEvent, ReactNode } from 'react';
import { Link as RouterDomLink, useNavigate } from 'react-router-dom';
import type { UseQueryResult } from '@tanstack/react-query';
import { Breadcrumb, BreadcrumbLink, Paragraph, RouterLink } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useLocalize } from './format';
import { isPlainClick } from './in-app-link';

/** Home › Services › this page: the way back to the search from a shared link. */
export function CatalogBreadcrumb({ current }: { current: string }) {
  const { t } = useLocalize();
  const navigate = useNavigate();
  const go = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Breadcrumb aria-label={t('catalog.breadcrumb')} mb="m">
      <BreadcrumbLink href="/" onClick={go('/')}>
        {t('nav.home')}
      </BreadcrumbLink>
      <BreadcrumbLink href="/services" onClick={go('/services')}>
        {t('nav.services')}
      </BreadcrumbLink>
      <BreadcrumbLink current>{current}</BreadcrumbLink>
    </Breadcrumb>
  );
}

interface Props<T> {
  query: UseQueryResult<T>;
  /** Texts for the page when the id names nothing, or the load failed. */
  texts: { notFound: string; notFoundText: string; error: string };
  title: (data: T) => string;
  children: (data: T) => ReactNode;
}

/** A catalogue detail page: loading, not found, failed, or the page with its title and breadcrumb. */
export function DetailFrame<T>({ query, texts, title, children }: Props<T>) {
  const { t } = useLocalize();
  const heading = query.data ? title(query.data) : query.isError && isApiError(query.error, 404) ? texts.notFound : t('app.loading');
  usePageTitle(heading);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 400)) {
      return (
        <>
          <PageHeading>{texts.notFound}</PageHeading>
          <Paragraph mb="m">{texts.notFoundText}</Paragraph>
          <RouterLink asComponent={RouterDomLink} to="/services">
            {t('catalog.backToSearch')}
          </RouterLink>
        </>
      );
    }
    return <LoadError message={texts.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <>
      <CatalogBreadcrumb current={title(query.data)} />
      <PageHeading>{title(query.data)}</PageHeading>
      {children(query.data)}
    </>
  );
}
