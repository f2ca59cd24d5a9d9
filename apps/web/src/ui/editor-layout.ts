import styled from 'styled-components';
import { tokens } from './theme';

/** Search hits to pick from, in the editors of plans and appointment types. */
export const Picks = styled.ul`
  list-style: none;
  padding: 0;
  li {
    margin: ${tokens.spacing.xs} 0;
  }
`;

/** One chosen service or team member, with its fields. */
export const EditorRow = styled.div`
  display: grid;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;
