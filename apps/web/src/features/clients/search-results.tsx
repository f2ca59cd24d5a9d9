import { forwardRef } from 'react';
import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import type { SearchHit } from './api';

/** The clients found, each saying whether the viewer has a relation that opens the data. */
export const SearchResults = forwardRef<HTMLHeadingElement, { hits: SearchHit[] }>(function SearchResults({ hits }, headingRef) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <section aria-labelledby="client-results-heading">
      <Heading variant="h2" id="client-results-heading" ref={headingRef} tabIndex={-1} mb="s">
        {t('clients.search.results', { count: hits.length })}
      </Heading>
      {hits.length === 0 ? (
        <Paragraph>{t('clients.search.none')}</Paragraph>
      ) : (
        <List>
          {hits.map((hit) => (
            <Item key={hit.id} data-testid="client-hit">
              <RouterLink asComponent={RouterDomLink} to={`/clients/${hit.id}`}>
                {hit.name}
              </RouterLink>
              <Facts>
                <dt>{t('clients.basic.birthDate')}</dt>
                <dd>{format.date(hit.birthDate)}</dd>
                <dt>{t('clients.basic.identityCode')}</dt>
                <dd>{hit.identityCode ?? t('clients.none')}</dd>
              </Facts>
              <Relation data-relation={hit.activeRelation}>{hit.activeRelation ? t('clients.search.hasRelation') : t('clients.search.noRelation')}</Relation>
            </Item>
          ))}
        </List>
      )}
    </section>
  );
});

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  padding: ${tokens.spacing.m} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

/** Term and value side by side: "Syntymäaika 12.4.1986 · Henkilötunnus 120486-****". */
const Facts = styled.dl`
  ${tokens.typography.bodyTextSmall};
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.s};
  margin: ${tokens.spacing.xxs} 0;

  dt::after {
    content: ':';
  }

  dd {
    margin: 0 ${tokens.spacing.s} 0 0;
  }
`;

/** The words carry the meaning; the bar's colour only repeats it for a quick scan. */
const Relation = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: 0;
  padding-left: ${tokens.spacing.xs};
  border-left: 4px solid ${tokens.colors.depthBase};
  color: ${tokens.colors.blackBase};

  &[data-relation='true'] {
    border-left-color: ${tokens.colors.successBase};
  }
`;
