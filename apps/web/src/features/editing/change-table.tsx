import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { tokens } from '../../ui/theme';
import { useChangeRows } from './change-rows';

interface Props {
  caption: string;
  proposed: Record<string, unknown>;
  current: Record<string, unknown>;
}

/** A proposed change against the present values: one row per changed detail, old beside new. */
export function ChangeTable({ caption, proposed, current }: Props) {
  const { t } = useTranslation();
  const rows = useChangeRows()(proposed, current);
  const empty = <Empty>{t('editing.reviews.emptyValue')}</Empty>;
  return (
    <Table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('editing.reviews.field')}</th>
          <th scope="col">{t('editing.reviews.current')}</th>
          <th scope="col">{t('editing.reviews.proposed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.before ? <del>{row.before}</del> : empty}</td>
            <td>{row.after ? <ins>{row.after}</ins> : empty}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const Table = styled.table`
  width: 100%;
  border-collapse: collapse;
  margin-bottom: ${tokens.spacing.m};
  ${tokens.typography.bodyTextSmall};

  caption {
    ${tokens.typography.bodySemiBold};
    text-align: left;
    padding-bottom: ${tokens.spacing.xs};
  }

  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: ${tokens.spacing.xs} ${tokens.spacing.s};
    border-bottom: 1px solid ${tokens.colors.depthLight1};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  thead th {
    background: ${tokens.colors.depthLight3};
  }

  del {
    color: ${tokens.colors.blackBase};
    background: ${tokens.colors.alertLight1};
  }

  ins {
    text-decoration: none;
    background: ${tokens.colors.successSecondary};
  }
`;

const Empty = styled.span`
  color: ${tokens.colors.depthDark1};
  font-style: italic;
`;
