import type { ReactNode } from 'react';
import styled from 'styled-components';
import { mediaUp, tokens } from '../../ui/theme';

/** One labelled value of a `FactList`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Labels beside their values where there is room; on a phone each value sits under its label. */
export const FactList = styled.dl`
  display: grid;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.xl};
  margin: 0 0 ${tokens.spacing.s};

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 ${tokens.spacing.xs};
  }

  ${mediaUp.medium} {
    grid-template-columns: max-content 1fr;

    dd {
      margin: 0;
    }
  }
`;
