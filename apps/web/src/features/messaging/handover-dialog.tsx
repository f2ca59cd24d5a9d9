import { useState } from 'react';
import { InlineAlert, Paragraph, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { Dialog } from '../../ui/dialog';
import { inputStatus } from '../../ui/field-errors';
import { Loading } from '../../ui/page-states';
import { useLocalize } from '../catalog/format';
import { useColleagues, useHandover } from './api';

const PROBLEMS = ['closed', 'self', 'not_colleague', 'not_client_work', 'other_register', 'no_relation'] as const;

/** The server's reason in the page language; anything else is a general failure. */
const problemOf = (error: unknown): (typeof PROBLEMS)[number] | 'other' => {
  const reason = isApiError(error) ? error.reasons[0] : undefined;
  return PROBLEMS.find((p) => p === reason) ?? 'other';
};

interface Props {
  threadId: string;
  onClose: () => void;
  /** Told the colleague's name once the server has made the handover. */
  onDone: (name: string) => void;
}

/** Hand the thread to a colleague of the same organisation and register, with a note they and the client see. */
export function HandoverDialog({ threadId, onClose, onDone }: Props) {
  const { t, text } = useLocalize();
  const colleagues = useColleagues(threadId);
  const handover = useHandover(threadId);
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<{ to: boolean; note: boolean }>({ to: false, note: false });

  const confirm = () => {
    const problems = { to: to === '', note: note.trim() === '' };
    setMissing(problems);
    if (problems.to || problems.note) return;
    const name = colleagues.data?.find((c) => c.id === to)?.name ?? '';
    handover.mutateAsync({ toUserId: to, note: note.trim() }).then(() => onDone(name), () => undefined);
  };

  return (
    <Dialog
      id="handover"
      title={t('messaging.handover.title')}
      visible
      confirmText={t('messaging.handover.confirm')}
      cancelText={t('messaging.handover.cancel')}
      busyText={t('messaging.composer.sending')}
      busy={handover.isPending}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <Paragraph mb="m">{t('messaging.handover.intro')}</Paragraph>
      {handover.isError && (
        <InlineAlert status="error" role="alert" mb="m">
          {t(`messaging.handover.problems.${problemOf(handover.error)}`)}
        </InlineAlert>
      )}
      {colleagues.isPending ? (
        <Loading />
      ) : colleagues.data && colleagues.data.length > 0 ? (
        <RadioButtonGroup
          name="handover-to"
          labelText={t('messaging.handover.to')}
          value={to}
          onChange={(value) => {
            setTo(value);
            setMissing((m) => ({ ...m, to: false }));
          }}
          groupStatus={missing.to ? 'error' : 'default'}
          groupStatusText={missing.to ? t('messaging.handover.toMissing') : undefined}
        >
          {colleagues.data.map((c) => (
            <RadioButton key={c.id} value={c.id}>
              {`${c.name}, ${text(c.unit)}`}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      ) : (
        <Paragraph>{t('messaging.handover.none')}</Paragraph>
      )}
      <Textarea
        id="handover-note"
        labelText={t('messaging.handover.note')}
        hintText={t('messaging.handover.noteHint')}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setMissing((m) => ({ ...m, note: false }));
        }}
        fullWidth
        mt="m"
        {...inputStatus(missing.note ? t('messaging.handover.noteMissing') : null)}
      />
    </Dialog>
  );
}
