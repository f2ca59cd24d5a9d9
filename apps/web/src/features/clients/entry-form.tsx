import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Checkbox, Dropdown, DropdownItem, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { ENTRY_TYPES, useAddEntry, type EntryType } from './api';

const empty = { type: 'note' as EntryType, title: '', text: '', hiddenFromGuardians: false };

/**
 * A new record entry. The server files it in the register of the writer's own unit, whatever
 * else the page shows, so the form does not ask which register.
 */
export function EntryForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const add = useAddEntry(clientId);
  const [entry, setEntry] = useState(empty);
  const [missing, setMissing] = useState<{ title?: boolean; text?: boolean }>({});
  const [saved, setSaved] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fields = fieldErrorsOf(add.error);
  const change = (changes: Partial<typeof entry>) => {
    setEntry((current) => ({ ...current, ...changes }));
    setSaved(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { title: entry.title.trim() === '', text: entry.text.trim() === '' };
    setMissing(found);
    if (found.title || found.text) {
      (found.title ? titleRef : textRef).current?.focus();
      return;
    }
    add.mutate(
      { ...entry, title: entry.title.trim(), text: entry.text.trim() },
      {
        onSuccess: (written) => {
          setEntry(empty);
          setSaved(t('clients.entryForm.saved', { register: t(`clients.registers.${written.register}`) }));
        },
      },
    );
  };

  const refusal = add.error && Object.keys(fields).length === 0 ? (isApiError(add.error, 403) ? t('clients.entryForm.forbidden') : t('clients.errors.unexpected')) : null;
  return (
    <TitledSection id="client-entry-heading" title={t('clients.entryForm.heading')}>
      <Paragraph mb="m">{t('clients.entryForm.intro')}</Paragraph>
      <Form noValidate onSubmit={submit} aria-labelledby="client-entry-heading">
        <Dropdown
          id="entry-type"
          labelText={t('clients.entryForm.type')}
          value={entry.type}
          onChange={(type: EntryType) => change({ type })}
          {...inputStatus(fields.type ? t('clients.entryForm.errors.type') : null)}
        >
          {ENTRY_TYPES.map((type) => (
            <DropdownItem key={type} value={type}>
              {t(`clients.entryTypes.${type}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <TextInput
          id="entry-title"
          ref={titleRef}
          labelText={t('clients.entryForm.title')}
          value={entry.title}
          maxLength={200}
          onChange={(value) => {
            change({ title: String(value ?? '') });
            setMissing((m) => ({ ...m, title: false }));
          }}
          fullWidth
          {...inputStatus(missing.title || fields.title ? t('clients.entryForm.errors.title') : null)}
        />
        <Textarea
          id="entry-text"
          ref={textRef}
          labelText={t('clients.entryForm.text')}
          value={entry.text}
          onChange={(event) => {
            change({ text: event.target.value });
            setMissing((m) => ({ ...m, text: false }));
          }}
          fullWidth
          {...inputStatus(missing.text || fields.text ? t('clients.entryForm.errors.text') : null)}
        />
        <Checkbox checked={entry.hiddenFromGuardians} onClick={({ checkboxState }) => change({ hiddenFromGuardians: checkboxState })} hintText={t('clients.entryForm.hiddenHint')}>
          {t('clients.entryForm.hidden')}
        </Checkbox>
        {refusal && (
          <InlineAlert status="error" role="alert">
            {refusal}
          </InlineAlert>
        )}
        <div role="status">{saved && <InlineAlert status="neutral">{saved}</InlineAlert>}</div>
        <div>
          <Button type="submit" loading={add.isPending || undefined} ariaLoadingText={t('clients.saving')}>
            {t('clients.entryForm.submit')}
          </Button>
        </div>
      </Form>
    </TitledSection>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.m};
  max-width: 640px;
`;
