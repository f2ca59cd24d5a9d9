import { useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, TextInput, VisuallyHidden } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { languages, type Language } from '../../i18n';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import { AdminTable } from './admin-table';
import { useAreaBoundaries, useRenameArea, type AreaBoundary } from './api';
import { Dialog } from '../../ui/dialog';
import { fieldErrorsOf } from '../../ui/field-errors';

type Names = Record<Language, string>;

function RenameDialog({ area, onClose, onSaved }: { area: AreaBoundary; onClose: () => void; onSaved: () => void }) {
  const { t, text } = useLocalize();
  const [names, setNames] = useState<Names>({ fi: area.name.fi, sv: area.name.sv ?? '', en: area.name.en ?? '' });
  const [missingFi, setMissingFi] = useState(false);
  const finnish = useRef<HTMLInputElement>(null);
  const rename = useRenameArea();
  const fields = fieldErrorsOf(rename.error);

  const confirm = () => {
    if (names.fi.trim() === '') {
      setMissingFi(true);
      finnish.current?.focus();
      return;
    }
    // An empty Swedish or English name is left out, so the page falls back to the Finnish one.
    const name = { fi: names.fi.trim(), ...(names.sv.trim() && { sv: names.sv.trim() }), ...(names.en.trim() && { en: names.en.trim() }) };
    rename.mutate({ code: area.code, name }, { onSuccess: onSaved });
  };

  const fieldError = (language: Language) => {
    if (language === 'fi' && missingFi) return t('centre.admin.errors.nameRequired');
    return `name.${language}` in fields ? t('centre.admin.errors.nameInvalid') : undefined;
  };
  const elsewhere = Object.keys(fields).some((field) => !/^name\.(fi|sv|en)$/.test(field));
  const formError = isApiError(rename.error, 400)
    ? elsewhere
      ? t('centre.admin.errors.renameFailed')
      : t('centre.admin.errors.checkFields')
    : isApiError(rename.error, 403)
      ? t('centre.admin.errors.forbidden')
      : rename.error
        ? t('centre.admin.errors.renameFailed')
        : null;

  return (
    <Dialog
      id="centre-area-dialog"
      visible
      title={t('centre.admin.rename.title', { name: text(area.name) })}
      confirmText={t('centre.admin.edit.save')}
      cancelText={t('centre.admin.edit.cancel')}
      busyText={t('centre.admin.edit.saving')}
      busy={rename.isPending}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <Paragraph mb="m">{t('centre.admin.rename.text')}</Paragraph>
      {formError && (
        <InlineAlert status="error" role="alert" mb="m">
          {formError}
        </InlineAlert>
      )}
      <Fields>
        {languages.map((language) => (
          <TextInput
            key={language}
            id={`centre-area-name-${language}`}
            ref={language === 'fi' ? finnish : undefined}
            labelText={t(`centre.admin.rename.${language}`)}
            optionalText={language === 'fi' ? undefined : t('centre.admin.rename.optional')}
            value={names[language]}
            onChange={(value) => {
              setNames((current) => ({ ...current, [language]: String(value ?? '') }));
              if (language === 'fi') setMissingFi(false);
            }}
            status={fieldError(language) ? 'error' : 'default'}
            statusText={fieldError(language)}
            fullWidth
          />
        ))}
      </Fields>
    </Dialog>
  );
}

const columns = [
  { key: 'fi', labelText: 'centre.admin.rename.fi' },
  { key: 'sv', labelText: 'centre.admin.rename.sv' },
  { key: 'en', labelText: 'centre.admin.rename.en' },
  { key: 'action', labelText: 'centre.admin.columns.action' },
] as const;

/** The welfare areas' names in three languages, each with a way to rename the area. */
export function AreaNamesSection() {
  const { t, text } = useLocalize();
  const areas = useAreaBoundaries();
  const [editing, setEditing] = useState<AreaBoundary | null>(null);
  const [saved, setSaved] = useState(false);

  const rows = (areas.data ?? []).map((area) => ({
    id: area.code,
    fi: area.name.fi,
    sv: area.name.sv ?? '–',
    en: area.name.en ?? '–',
    action: (
      <Button
        variant="secondaryNoBorder"
        onClick={() => {
          setSaved(false);
          setEditing(area);
        }}
      >
        {t('centre.admin.rename.button')}
        <VisuallyHidden> {text(area.name)}</VisuallyHidden>
      </Button>
    ),
  }));

  return (
    <Section aria-labelledby="centre-areas-heading">
      <Heading variant="h2" id="centre-areas-heading" mb="xs">
        {t('centre.admin.areasHeading')}
      </Heading>
      <Paragraph mb="m">{t('centre.admin.areasIntro')}</Paragraph>
      <div role="status">
        {saved && (
          <InlineAlert status="neutral" mb="m">
            {t('centre.admin.rename.saved')}
          </InlineAlert>
        )}
      </div>
      {areas.isPending ? (
        <Loading />
      ) : areas.isError ? (
        <LoadError message={t('centre.admin.errors.areasLoadFailed')} onRetry={() => void areas.refetch()} />
      ) : (
        <AdminTable id="centre-areas-table" caption={t('centre.admin.areasCaption')} columns={columns.map((column) => ({ ...column, labelText: t(column.labelText) }))} rows={rows} />
      )}
      {editing && (
        <RenameDialog
          area={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
    </Section>
  );
}

const Section = styled.section`
  margin-top: ${tokens.spacing.xxl};
`;

const Fields = styled.div`
  display: grid;
  gap: ${tokens.spacing.m};
`;
