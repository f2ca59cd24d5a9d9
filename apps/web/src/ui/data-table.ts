import styled from 'styled-components';
import { tokens } from './theme';

/** A plain data table with a caption: rows of facts, read line by line. */
export const DataTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  background: ${tokens.colors.whiteBase};
  margin-bottom: ${tokens.spacing.m};
  caption {
    text-align: left;
    font-weight: 600;
    padding: ${tokens.spacing.xs} 0;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: ${tokens.spacing.xs};
    border-bottom: 1px solid ${tokens.colors.depthLight1};
  }
`;
