import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { Dialog } from '../../ui/dialog';
import { TitledSection } from '../../ui/titled-section';
import { useConsentChange, type Consent } from './api';
import { ConsentCard } from './consent-card';
import { ConsentForm } from './consent-form';

type Editing = { kind: 'none' } | { kind: 'give' } | { kind: 'change'; consent: Consent };

function useSavedMessage() {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  return (saved: Consent, kind: 'given' | 'changed' | 'revoked') => {
    if (kind === 'revoked') return t('mydata.consents.saved.revoked');
    if (saved.status === 'scheduled') return t('mydata.consents.saved.later', { date: date(saved.validFrom) });
    return kind === 'given' ? t('mydata.consents.saved.given') : t('mydata.consents.saved.changed');
  };
}

/** Consents: give, change and revoke — each in effect at once — and the history of each. */
export function ConsentsSection({ consents, forId }: { consents: Consent[]; forId: string | undefined }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const giveRef = useRef<HTMLButtonElement>(null);
  const revoke = useConsentChange(forId);
  const savedMessage = useSavedMessage();

  const done = (text: string) => {
    setEditing({ kind: 'none' });
    setRevoking(null);
    setMessage(text);
    // The form or dialog is gone; the confirmation is where reading goes on.
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  const confirmRevoke = () => {
    if (revoking) revoke.mutate({ kind: 'revoke', consent: revoking }, { onSuccess: (saved) => done(savedMessage(saved, 'revoked')) });
  };

  return (
    <TitledSection id="mydata-consents" title={t('mydata.sections.consents')}>
      <Paragraph mb="s">{t('mydata.consents.intro')}</Paragraph>
      <div ref={messageRef} tabIndex={-1} role="status">
        {message && (
          <InlineAlert status="neutral" mb="m" data-testid="consent-saved">
            {message}
          </InlineAlert>
        )}
      </div>
      {editing.kind === 'give' ? (
        <ConsentForm
          id="consent-new"
          forId={forId}
          onSaved={(saved) => done(savedMessage(saved, 'given'))}
          onCancel={() => {
            setEditing({ kind: 'none' });
            requestAnimationFrame(() => giveRef.current?.focus());
          }}
        />
      ) : (
        <Button ref={giveRef} mb="m" onClick={() => open({ kind: 'give' })} data-testid="consent-give">
          {t('mydata.consents.give')}
        </Button>
      )}
      {consents.length === 0 ? (
        <Paragraph>{t('mydata.consents.none')}</Paragraph>
      ) : (
        <List>
          {consents.map((consent) => (
            <li key={consent.id}>
              {editing.kind === 'change' && editing.consent.id === consent.id ? (
                <ConsentForm
                  id={`consent-change-${consent.id}`}
                  consent={consent}
                  forId={forId}
                  onSaved={(saved) => done(savedMessage(saved, 'changed'))}
                  onCancel={() => setEditing({ kind: 'none' })}
                />
              ) : (
                <ConsentCard consent={consent} onChange={() => open({ kind: 'change', consent })} onRevoke={() => setRevoking(consent)} />
              )}
            </li>
          ))}
        </List>
      )}
      <Dialog
        id="consent-revoke"
        title={t('mydata.revokeDialog.title')}
        visible={revoking !== null}
        confirmText={t('mydata.revokeDialog.confirm')}
        cancelText={t('mydata.revokeDialog.cancel')}
        busyText={t('mydata.revokeDialog.busy')}
        busy={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => {
          revoke.reset();
          setRevoking(null);
        }}
        focusOnCloseRef={message ? messageRef : undefined}
      >
        <Paragraph mb="s">{t('mydata.revokeDialog.text')}</Paragraph>
        {revoking && <Paragraph mb="s">{t('mydata.revokeDialog.which', { organizations: revoking.organizations.map((o) => o.name).join(', ') })}</Paragraph>}
        {revoke.isError && (
          <InlineAlert status="error" role="alert">
            {t('mydata.revokeDialog.failed')}
          </InlineAlert>
        )}
      </Dialog>
    </TitledSection>
  );
}

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;
