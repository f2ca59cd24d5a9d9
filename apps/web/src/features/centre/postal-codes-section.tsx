import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, TextInput, VisuallyHidden } from 'suomifi-ui-components';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import { AdminTable } from './admin-table';
import { usePostalCodes, type PostalCode } from './api';
import { PostalCodeDialog } from './postal-code-dialog';

const columns = [
  { key: 'code', labelText: 'centre.admin.columns.code' },
  { key: 'place', labelText: 'centre.admin.columns.place' },
  { key: 'centre', labelText: 'centre.admin.columns.centre' },
  { key: 'action', labelText: 'centre.admin.columns.action' },
] as const;

/** Matches the code's digits, post office, district or any responsible centre's name in any language. */
function matches(code: PostalCode, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return true;
  const names = code.assignments.flatMap((a) => Object.values(a.centreName));
  return [code.code, code.postOffice, code.district ?? '', ...names].some((value) => value.toLocaleLowerCase().includes(needle));
}

function CentreCell({ code }: { code: PostalCode }) {
  const { t, text } = useLocalize();
  if (code.assignments.length === 1) return <>{text(code.assignments[0]!.centreName)}</>;
  return (
    <Parts>
      {code.assignments.map((assignment, i) => (
        <li key={i}>{t('centre.admin.partOf', { number: i + 1, name: text(assignment.centreName) })}</li>
      ))}
    </Parts>
  );
}

/** Every postal code with the centre(s) responsible for it, filterable, each with a way to change it. */
export function PostalCodesSection() {
  const { t } = useLocalize();
  const codes = usePostalCodes();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<PostalCode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const shown = useMemo(() => (codes.data ?? []).filter((code) => matches(code, filter)), [codes.data, filter]);

  const rows = shown.map((code) => ({
    id: code.code,
    code: <strong>{code.code}</strong>,
    place: [code.postOffice, code.district].filter(Boolean).join(', '),
    centre: <CentreCell code={code} />,
    action: (
      <Button
        variant="secondaryNoBorder"
        onClick={() => {
          setSaved(null);
          setEditing(code);
        }}
      >
        {t('centre.admin.change')}
        <VisuallyHidden> {t('centre.admin.changeWhat', { code: code.code })}</VisuallyHidden>
      </Button>
    ),
  }));

  return (
    <section aria-labelledby="centre-codes-heading">
      <Heading variant="h2" id="centre-codes-heading" mb="xs">
        {t('centre.admin.codesHeading')}
      </Heading>
      <Paragraph mb="m">{t('centre.admin.codesIntro')}</Paragraph>
      <div role="status">
        {saved && (
          <InlineAlert status="neutral" mb="m" data-testid="centre-postal-code-saved">
            {t('centre.admin.saved', { code: saved })}
          </InlineAlert>
        )}
      </div>
      {codes.isPending ? (
        <Loading />
      ) : codes.isError ? (
        <LoadError message={t('centre.admin.errors.loadFailed')} onRetry={() => void codes.refetch()} />
      ) : (
        <>
          <Filter>
            <TextInput
              id="centre-codes-filter"
              labelText={t('centre.admin.filterLabel')}
              hintText={t('centre.admin.filterHint')}
              value={filter}
              onChange={(value) => setFilter(String(value ?? ''))}
              fullWidth
            />
          </Filter>
          <Paragraph mb="s" aria-live="polite" data-testid="centre-codes-count">
            {t('centre.admin.shown', { count: shown.length, total: codes.data.length })}
          </Paragraph>
          <AdminTable id="centre-codes-table" caption={t('centre.admin.codesCaption')} columns={columns.map((column) => ({ ...column, labelText: t(column.labelText) }))} rows={rows} />
        </>
      )}
      {editing && (
        <PostalCodeDialog
          code={editing}
          onClose={() => setEditing(null)}
          onSaved={(code) => {
            setEditing(null);
            setSaved(code.code);
          }}
        />
      )}
    </section>
  );
}

const Filter = styled.div`
  max-width: 480px;
  margin-bottom: ${tokens.spacing.s};
`;

const Parts = styled.ul`
  margin: 0;
  padding-left: ${tokens.spacing.m};
`;
