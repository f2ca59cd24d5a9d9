import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { needsReason, type ReferralAction } from '@avain/domain';
import { isApiError } from '../../api/client';
import { Dialog } from '../../ui/dialog';
import { inputStatus } from '../../ui/field-errors';
import { useAnswerReferral, type Referral } from './api';

interface Props {
  referral: Referral;
  action: ReferralAction;
  onClose: () => void;
  /** Told the outcome in words once the server has taken the move. */
  onDone: (message: string) => void;
}

/** One move of the loop (accept, decline, complete, cancel) with its note; a decline needs the reason. */
export function AnswerDialog({ referral, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const answer = useAnswerReferral();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = `referral-${referral.id}-${action}`;

  const confirm = () => {
    const text = note.trim();
    if (needsReason(action) && text === '') {
      setMissing(true);
      noteRef.current?.focus();
      return;
    }
    // The promise rather than callbacks: the refreshed list may drop this card before the answer.
    answer.mutateAsync({ referral, action, note: text || null }).then(() => onDone(t(`referrals.dialog.done.${action}`)), () => undefined);
  };

  const error = answer.error
    ? isApiError(answer.error, 409)
      ? t('referrals.dialog.conflict')
      : isApiError(answer.error, 403)
        ? t('referrals.dialog.forbidden')
        : isApiError(answer.error, 400)
          ? t('referrals.dialog.reasonRequired')
          : t('referrals.dialog.failed')
    : null;
  // A conflict or a refusal does not go away by pressing again: only closing is left.
  const final = isApiError(answer.error, 409) || isApiError(answer.error, 403);

  return (
    <Dialog
      id={id}
      title={t(`referrals.dialog.${action}.title`)}
      visible
      confirmText={t(`referrals.dialog.${action}.confirm`)}
      cancelText={t('referrals.dialog.cancelButton')}
      busyText={t('referrals.dialog.busy')}
      busy={answer.isPending}
      canConfirm={!final}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <Paragraph mb="m">{t('referrals.dialog.about', { service: referral.service.name, client: referral.client.name })}</Paragraph>
      {error && (
        <InlineAlert status="error" role="alert" mb="m">
          {error}
        </InlineAlert>
      )}
      <Textarea
        id={`${id}-note`}
        ref={noteRef}
        labelText={t(`referrals.dialog.${action}.note`)}
        hintText={t(`referrals.dialog.${action}.hint`)}
        optionalText={needsReason(action) ? undefined : t('referrals.optional')}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setMissing(false);
        }}
        fullWidth
        {...inputStatus(missing ? t('referrals.dialog.reasonRequired') : null)}
      />
    </Dialog>
  );
}
