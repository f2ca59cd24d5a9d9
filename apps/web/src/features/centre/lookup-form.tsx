import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { useOrigin } from '../catalog/use-origin';

interface Props {
  /** The text last looked up; the URL keeps it, so a reload or the back button shows it again. */
  query: string;
  /** Why the last lookup by text failed, said at the field. */
  fieldError: string | undefined;
  searching: boolean;
  onAddress: (q: string) => void;
  onPosition: (lat: number, lon: number) => void;
}

/** An address, postal code or district typed in, or the browser's own position. */
export function LookupForm({ query, fieldError, searching, onAddress, onPosition }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(query);
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // Only the browser-position half of the catalogue's origin hook: the lookup itself needs the
  // typed text, because a postal code alone must not be mistaken for an exact address.
  const position = useOrigin((found) => onPosition(found.lat, found.lon));

  useEffect(() => {
    if (fieldError) field.current?.focus();
  }, [fieldError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    setMissing(text === '');
    position.clearError();
    if (text === '') {
      field.current?.focus();
      return;
    }
    onAddress(text);
  };

  const error = missing ? t('centre.lookup.errors.required') : fieldError;
  return (
    <>
      <Form role="search" aria-label={t('centre.lookup.formLabel')} noValidate onSubmit={submit}>
        <TextInput
          id="centre-lookup-q"
          ref={field}
          name="q"
          labelText={t('centre.lookup.label')}
          hintText={t('centre.lookup.hint')}
          autoComplete="street-address"
          value={value}
          onChange={(next) => {
            setValue(String(next ?? ''));
            setMissing(false);
          }}
          status={error ? 'error' : 'default'}
          statusText={error}
          fullWidth
        />
        <Buttons>
          <Button type="submit" loading={searching || undefined} ariaLoadingText={t('centre.lookup.searching')}>
            {t('centre.lookup.submit')}
          </Button>
          <Button type="button" variant="secondary" disabled={position.busy !== null} onClick={position.fromDevice}>
            {position.busy === 'position' ? t('centre.lookup.locating') : t('centre.lookup.usePosition')}
          </Button>
        </Buttons>
      </Form>
      {(position.error === 'positionDenied' || position.error === 'positionUnavailable') && (
        <InlineAlert status="warning" role="alert" mt="s">
          {t(`centre.lookup.errors.${position.error}`)}
        </InlineAlert>
      )}
    </>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${tokens.spacing.s};
  max-width: 640px;
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
