import type { ReactNode } from 'react';
import styled from 'styled-components';
import { Table } from 'suomifi-ui-components';

interface Props {
  id: string;
  caption: string;
  columns: readonly { key: string; labelText: string }[];
  rows: ({ id: string } & Record<string, ReactNode>)[];
}

/** A condensed Suomi.fi table that scrolls sideways on a phone instead of squeezing its columns. */
export function AdminTable({ id, caption, columns, rows }: Props) {
  return (
    <Scroll>
      <Table id={id} caption={caption} condensed columns={columns} data={rows} />
    </Scroll>
  );
}

const Scroll = styled.div`
  overflow-x: auto;
`;
