import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, DateInput, InlineAlert, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { parseTypedDate } from '../../ui/date-format';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import { useOpenRelation } from './api';

/**
 * The end of the chosen day where the professional is; for the Finnish staff this form is for,
 * that is the day in Finland.
 */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

/** Opening a case or joining the care team: the relation that opens the own register's data. */
export function RelationForm({ clientId, onOpened }: { clientId: string; onOpened?: (kind: 'case' | 'team') => void }) {
  const { t } = useTranslation();
  const open = useOpenRelation(clientId);
  const [kind, setKind] = useState<'case' | 'team'>('case');
  const [needsAddress, setNeedsAddress] = useState(false);
  const [endsAt, setEndsAt] = useState('');
  const [note, setNote] = useState('');
  const [badDate, setBadDate] = useState(false);
  const endsRef = useRef<HTMLInputElement>(null);
  const fields = fieldErrorsOf(open.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = endsAt.trim() === '' ? null : parseTypedDate(endsAt);
    if (endsAt.trim() !== '' && !day) {
      setBadDate(true);
      endsRef.current?.focus();
      return;
    }
    open.mutate({ kind, needsAddress, endsAt: day ? endOfDay(day) : null, note: note.trim() || null }, { onSuccess: () => onOpened?.(kind) });
  };

  const refused = open.error && !fields.endsAt && !fields.note;
  return (
    <Form noValidate onSubmit={submit} aria-label={t('clients.relations.formLabel')}>
      <RadioButtonGroup labelText={t('clients.relations.kind')} name={`relation-kind-${clientId}`} value={kind} onChange={(value) => setKind(value as 'case' | 'team')}>
        <RadioButton value="case" hintText={t('clients.relations.caseHint')}>
          {t('clients.relationKinds.case')}
        </RadioButton>
        <RadioButton value="team" hintText={t('clients.relations.teamHint')}>
          {t('clients.relationKinds.team')}
        </RadioButton>
      </RadioButtonGroup>
      <Checkbox checked={needsAddress} onClick={({ checkboxState }) => setNeedsAddress(checkboxState)} hintText={t('clients.relations.needsAddressHint')}>
        {t('clients.relations.needsAddress')}
      </Checkbox>
      <DateInput
        id="relation-ends-at"
        ref={endsRef}
        labelText={t('clients.relations.endsAt')}
        hintText={t('clients.dateHint')}
        optionalText={t('clients.optional')}
        value={endsAt}
        onChange={({ value }) => {
          setEndsAt(value);
          setBadDate(false);
        }}
        {...inputStatus(badDate || fields.endsAt ? t('clients.relations.errors.endsAt') : null)}
      />
      <Textarea
        id="relation-note"
        labelText={t('clients.relations.note')}
        optionalText={t('clients.optional')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        fullWidth
        {...inputStatus(fields.note ? t('clients.relations.errors.note') : null)}
      />
      {refused && (
        <InlineAlert status="error" role="alert">
          {isApiError(open.error, 403) ? t('clients.relations.errors.forbidden') : t('clients.errors.unexpected')}
        </InlineAlert>
      )}
      <div>
        <Button type="submit" loading={open.isPending || undefined} ariaLoadingText={t('clients.saving')}>
          {t('clients.relations.open')}
        </Button>
      </div>
    </Form>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 560px;
`;
