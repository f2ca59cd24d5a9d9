import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner, Paragraph, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { HANDOVER_NOTE_MIN_LENGTH, handoverNoteProblem, type HandoverNoteProblem } from '@avain/domain';
import { isApiError } from '../../api/client';
import { Dialog } from '../../ui/dialog';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { useCreateReferral, useServiceChoices } from './api';

/** Typing pauses this long before the catalogue is asked, so each keystroke is not a search. */
const SEARCH_DELAY_MS = 300;

function useDebounced(value: string) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

const NOTE_TEXT: Record<HandoverNoteProblem, 'referrals.refer.noteMissing' | 'referrals.refer.noteShort' | 'referrals.refer.noteLong'> = {
  missing: 'referrals.refer.noteMissing',
  too_short: 'referrals.refer.noteShort',
  too_long: 'referrals.refer.noteLong',
};

interface Props {
  clientId: string;
  planId?: string | undefined;
  onClose: () => void;
  onSent: (message: string) => void;
}

/**
 * Refers the client to a catalogue service of any producer. The handover note is required by the
 * same rule the server applies, so the form says what is missing before anything is sent.
 */
export function ReferDialog({ clientId, planId, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const create = useCreateReferral(clientId);
  const [text, setText] = useState('');
  const choices = useServiceChoices(useDebounced(text));
  // Kept apart from the results: a new search must not lose the service already chosen.
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [note, setNote] = useState('');
  const [shown, setShown] = useState<{ service: boolean; note: HandoverNoteProblem | null }>({ service: false, note: null });
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const serverFields = fieldErrorsOf(create.error);

  const choose = (id: string) => {
    const choice = choices.data?.find((c) => c.id === id);
    if (choice) setChosen({ id: choice.id, name: choice.name });
  };

  const confirm = () => {
    const noteProblem = handoverNoteProblem(note);
    setShown({ service: chosen === null, note: noteProblem });
    if (chosen === null) return searchRef.current?.focus();
    if (noteProblem) return noteRef.current?.focus();
    create.mutateAsync({ serviceId: chosen.id, handoverNote: note.trim(), ...(planId ? { planId } : {}) }).then(() => onSent(t('referrals.refer.done', { service: chosen.name })), () => undefined);
  };

  const serviceError = shown.service ? t('referrals.refer.serviceRequired') : serverFields.serviceId ? t('referrals.refer.serviceGone') : null;
  const noteProblem = shown.note ?? (serverFields.handoverNote ? 'too_short' : null);
  const otherError = create.error && !serverFields.serviceId && !serverFields.handoverNote ? (isApiError(create.error, 403) ? t('referrals.refer.forbidden') : t('referrals.refer.failed')) : null;

  return (
    <Dialog
      id={`refer-${clientId}`}
      title={t('referrals.refer.title')}
      visible
      confirmText={t('referrals.refer.confirm')}
      cancelText={t('referrals.refer.cancel')}
      busyText={t('referrals.refer.busy')}
      busy={create.isPending}
      canConfirm={!isApiError(create.error, 403)}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {otherError && (
        <InlineAlert status="error" role="alert" mb="m">
          {otherError}
        </InlineAlert>
      )}
      <TextInput
        id="refer-search"
        ref={searchRef}
        labelText={t('referrals.refer.search')}
        hintText={t('referrals.refer.searchHint')}
        value={text}
        onChange={(value) => setText(String(value ?? ''))}
        // Enter in the search box must not send the referral (the dialog is one form).
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        fullWidth
        mb="m"
        {...inputStatus(serviceError)}
      />
      <div aria-live="polite">
        {choices.isFetching && <LoadingSpinner status="loading" text={t('referrals.refer.searching')} variant="small" textAlign="right" />}
        {choices.data && choices.data.length === 0 && <Paragraph mb="m">{t('referrals.refer.noResults')}</Paragraph>}
      </div>
      {chosen && !choices.data?.some((c) => c.id === chosen.id) && <Paragraph mb="m">{t('referrals.refer.chosen', { service: chosen.name })}</Paragraph>}
      {choices.data && choices.data.length > 0 && (
        <RadioButtonGroup labelText={t('referrals.refer.results')} name={`refer-service-${clientId}`} value={chosen?.id ?? ''} onChange={choose} mb="m">
          {choices.data.map((c) => (
            <RadioButton key={c.id} value={c.id} hintText={c.organization}>
              {c.name}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
      <Textarea
        id="refer-note"
        ref={noteRef}
        labelText={t('referrals.refer.note')}
        hintText={t('referrals.refer.noteHint', { min: HANDOVER_NOTE_MIN_LENGTH })}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setShown((s) => ({ ...s, note: null }));
        }}
        fullWidth
        {...inputStatus(noteProblem ? t(NOTE_TEXT[noteProblem], { min: HANDOVER_NOTE_MIN_LENGTH }) : null)}
      />
    </Dialog>
  );
}
