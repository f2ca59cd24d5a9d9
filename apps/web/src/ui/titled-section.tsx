import type { ReactNode } from 'react';
import styled from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { tokens } from './theme';

/** A section named by its own h2, so it is a landmark with a heading in the outline. */
export function TitledSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Section aria-labelledby={id}>
      <Heading variant="h2" id={id} mb="xs">
        {title}
      </Heading>
      {children}
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.l};
`;
