import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import { Dialog } from '../../ui/dialog';
import { useStartEmergency } from './api';

const MIN_REASON = 10;

interface Props {
  clientId: string;
  /** Called once the data is open; by then this section is usually gone, so the page takes focus. */
  onStarted: (expiresAt: string) => void;
}

/**
 * Break-glass (hätäkäyttö): kept apart from the everyday actions and behind a dialog that asks
 * for the reason and says plainly that it is logged, shown to the client and reviewed.
 */
export function EmergencyAccess({ clientId, onStarted }: Props) {
  const { t } = useTranslation();
  const start = useStartEmergency(clientId);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const serverSaysShort = Boolean(fieldErrorsOf(start.error).reason);

  const close = () => {
    start.reset();
    setAsking(false);
  };
  const confirm = () => {
    if (reason.trim().length < MIN_REASON) {
      setTooShort(true);
      reasonRef.current?.focus();
      return;
    }
    // The promise, not mutate's callbacks: the refreshed overview replaces this section before
    // the answer is handed on, and callbacks of an unmounted component never run.
    start.mutateAsync(reason.trim()).then(({ expiresAt }) => onStarted(expiresAt), () => undefined);
  };
  const failed = start.isError && !serverSaysShort;

  return (
    <Section aria-labelledby="emergency-heading" data-testid="emergency-access">
      <Heading variant="h2" id="emergency-heading" mb="s">
        {t('clients.emergency.heading')}
      </Heading>
      <Paragraph mb="m">{t('clients.emergency.intro')}</Paragraph>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('clients.emergency.open')}
      </Button>
      <Dialog
        id="emergency-dialog"
        visible={asking}
        title={t('clients.emergency.dialogTitle')}
        confirmText={t('clients.emergency.confirm')}
        cancelText={t('clients.emergency.cancel')}
        busyText={t('clients.emergency.opening')}
        busy={start.isPending}
        onConfirm={confirm}
        onCancel={close}
      >
        <InlineAlert status="warning" labelText={t('clients.emergency.warningTitle')} mb="m">
          {t('clients.emergency.warning')}
        </InlineAlert>
        <Textarea
          id="emergency-reason"
          ref={reasonRef}
          labelText={t('clients.emergency.reason')}
          hintText={t('clients.emergency.reasonHint', { count: MIN_REASON })}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setTooShort(false);
          }}
          fullWidth
          {...inputStatus(tooShort || serverSaysShort ? t('clients.emergency.reasonTooShort', { count: MIN_REASON }) : null)}
        />
        {failed && (
          <InlineAlert status="error" role="alert" mt="m">
            {t('clients.emergency.failed')}
          </InlineAlert>
        )}
      </Dialog>
    </Section>
  );
}

const Section = styled.section`
  margin: ${tokens.spacing.xl} 0;
  padding: ${tokens.spacing.l};
  border: 2px solid ${tokens.colors.alertBase};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.alertLight1};
`;
