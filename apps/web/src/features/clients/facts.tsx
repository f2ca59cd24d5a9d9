import type { ReactNode } from 'react';
import styled from 'styled-components';
import { tokens } from '../../ui/theme';

export interface Fact {
  term: string;
  value: ReactNode;
}

/** Terms and values as a description list; rows without a value are left out, not shown empty. */
export function Facts({ facts, testId }: { facts: Fact[]; testId?: string }) {
  return (
    <List data-testid={testId}>
      {facts
        .filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== '')
        .map((fact) => (
          <Row key={fact.term}>
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </Row>
        ))}
    </List>
  );
}

const List = styled.dl`
  display: grid;
  gap: ${tokens.spacing.xxs};
  margin: 0 0 ${tokens.spacing.m};
`;

const Row = styled.div`
  display: grid;
  grid-template-columns: minmax(8em, 14em) 1fr;
  gap: ${tokens.spacing.s};

  dt {
    ${tokens.typography.bodySemiBoldSmall};
  }

  dd {
    ${tokens.typography.bodyTextSmall};
    margin: 0;
  }
`;
