import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { inputStatus } from '../../ui/field-errors';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useHandleCallback, useStaffCallbacks, type StaffCallback } from './api';

function HandleForm({ request }: { request: StaffCallback }) {
  const { t } = useTranslation();
  const handle = useHandleCallback();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    setMissing(note.trim() === '');
    if (note.trim()) handle.mutate({ request, note: note.trim() });
  };
  return (
    <>
      <Textarea labelText={t('contact.callbacks.note')} value={note} onChange={(e) => setNote(e.target.value)} {...inputStatus(missing ? t('contact.callbacks.noteMissing') : null)} />
      {handle.isError && (
        <InlineAlert status="error" role="alert">
          {isApiError(handle.error, 409) ? t('contact.callbacks.stale') : t('contact.callbacks.failed')}
        </InlineAlert>
      )}
      <Button variant="secondary" mt="s" onClick={submit} disabled={handle.isPending}>
        {t('contact.callbacks.markHandled')}
      </Button>
    </>
  );
}

/** Overdue is said in words and marked by a thick border, not by colour alone. */
function RequestCard({ request }: { request: StaffCallback }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const hours = Math.floor(request.waitingMinutes / 60);
  return (
    <Card $overdue={request.overdue} aria-labelledby={`callback-${request.id}`}>
      <h3 id={`callback-${request.id}`}>
        {request.overdue && <Overdue>{t('contact.callbacks.overdue')}: </Overdue>}
        {request.client.name} — {request.topic}
      </h3>
      <Paragraph>
        {t('contact.callbacks.phone')}: <a href={`tel:${request.phone.replace(/\s/g, '')}`}>{request.phone}</a>
        {request.preferred.note && ` · ${t('contact.callbacks.preferred')}: ${request.preferred.note}`}
      </Paragraph>
      <Paragraph>
        {request.route === 'mine' ? t('contact.callbacks.mine') : t('contact.callbacks.shared', { service: request.service?.name ?? '' })}
        {' · '}
        {t('contact.callbacks.waited', { hours, minutes: request.waitingMinutes % 60 })}
        {' · '}
        {t('contact.callbacks.due', { due: format.dateTime(request.dueAt) })}
      </Paragraph>
      {request.status === 'handled' ? <Paragraph>{t('contact.callbacks.handledBy', { name: request.handledBy, note: request.handledNote })}</Paragraph> : <HandleForm request={request} />}
    </Card>
  );
}

/** The call-back part of the contact queues page: mine and my organisation's shared queue, longest waiting first. */
export function CallbackDesk() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'waiting' | 'handled'>('waiting');
  const requests = useStaffCallbacks(status);
  return (
    <TitledSection id="callback-desk" title={t('contact.callbacks.heading')}>
      <Paragraph mb="s">{t('contact.callbacks.logged')}</Paragraph>
      <RadioButtonGroup labelText={t('contact.callbacks.show')} name="callback-status" value={status} onChange={(v) => setStatus(v as 'waiting' | 'handled')} mb="m">
        <RadioButton value="waiting">{t('contact.callbacks.waiting')}</RadioButton>
        <RadioButton value="handled">{t('contact.callbacks.handled')}</RadioButton>
      </RadioButtonGroup>
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <LoadError message={t('contact.loadError')} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <Paragraph>{t('contact.callbacks.none')}</Paragraph>
      ) : (
        requests.data.map((r) => <RequestCard key={r.id} request={r} />)
      )}
    </TitledSection>
  );
}

const Card = styled.section<{ $overdue: boolean }>`
  margin-bottom: ${tokens.spacing.m};
  padding: ${tokens.spacing.m};
  border: ${(p) => (p.$overdue ? `4px solid ${tokens.colors.alertBase}` : `1px solid ${tokens.colors.depthLight1}`)};

  h3 {
    margin: 0 0 ${tokens.spacing.xs};
  }
`;

const Overdue = styled.strong`
  color: ${tokens.colors.alertBase};
`;
