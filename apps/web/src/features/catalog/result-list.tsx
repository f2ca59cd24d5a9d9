import { useEffect, useRef } from 'react';
import styled from 'styled-components';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { SearchHit } from './api';
import { useLocalize } from './format';
import { ResultCard } from './result-card';

interface Props {
  hits: readonly SearchHit[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** The results and "show more"; after more arrive, focus moves to the first new one. */
export function ResultList({ hits, total, hasMore, loadingMore, onLoadMore }: Props) {
  const { t } = useLocalize();
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || hits.length <= index) return;
    focusFrom.current = null;
    links.current.get(index)?.focus();
  }, [hits.length]);

  if (hits.length === 0) return <Paragraph>{t('catalog.results.none')}</Paragraph>;
  return (
    <>
      <Heading variant="h2" id="catalog-results-heading" mb="s">
        {t('catalog.results.heading')}
      </Heading>
      <List aria-labelledby="catalog-results-heading">
        {hits.map((hit, index) => (
          <li key={hit.id}>
            <ResultCard
              hit={hit}
              linkRef={(element) => {
                if (element) links.current.set(index, element);
                else links.current.delete(index);
              }}
            />
          </li>
        ))}
      </List>
      {hasMore && (
        <Button
          variant="secondary"
          mt="m"
          loading={loadingMore ? true : undefined}
          ariaLoadingText={t('catalog.results.loadingMore')}
          onClick={() => {
            focusFrom.current = hits.length;
            onLoadMore();
          }}
        >
          {t('catalog.results.showMore', { shown: hits.length, total })}
        </Button>
      )}
    </>
  );
}

const List = styled.ol`
  display: grid;
  gap: ${tokens.spacing.s};
  margin: 0;
  padding: 0;
  list-style: none;
`;
