import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useDateFormat } from '../../ui/date-format';
import { usePageTitle } from '../../ui/use-page-title';
import { useServiceChoices } from '../referrals/api';
import { useMyCallbacks, useRequestCallback } from './api';

/** The service whose shared queue calls back when the resident has no responsible worker. */
function ServiceChoice({ value, onChange, error }: { value: string | null; onChange: (id: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const choices = useServiceChoices(text);
  return (
    <>
      <TextInput labelText={t('contact.callback.service')} hintText={t('contact.callback.serviceHint')} optionalText={t('contact.optional')} value={text} onChange={(v) => setText(String(v ?? ''))} {...inputStatus(error)} />
      {choices.data && choices.data.length > 0 && (
        <RadioButtonGroup labelText={t('contact.callback.serviceResults')} name="callback-service" value={value ?? ''} onChange={onChange} mt="s">
          {choices.data.slice(0, 8).map((c) => (
            <RadioButton key={c.id} value={c.id}>{`${c.name} (${c.organization})`}</RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    </>
  );
}

function RequestForm() {
  const { t } = useTranslation();
  const request = useRequestCallback();
  const [form, setForm] = useState({ topic: '', phone: '', preferredNote: '', serviceId: null as string | null });
  const errors = fieldErrorsOf(request.error);
  const set = (key: keyof typeof form) => (value: unknown) => setForm((f) => ({ ...f, [key]: String(value ?? '') }));
  const send = () => request.mutate({ topic: form.topic, phone: form.phone, serviceId: form.serviceId, preferredNote: form.preferredNote.trim() || null }, { onSuccess: () => setForm({ topic: '', phone: '', preferredNote: '', serviceId: null }) });
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      noValidate
    >
      <Textarea labelText={t('contact.callback.topic')} value={form.topic} onChange={(e) => set('topic')(e.target.value)} {...inputStatus(errors.topic && t('contact.callback.topicError'))} />
      <TextInput labelText={t('contact.callback.phone')} type="tel" autoComplete="tel" value={form.phone} onChange={set('phone')} {...inputStatus(errors.phone && t('contact.callback.phoneError'))} />
      <TextInput labelText={t('contact.callback.preferred')} hintText={t('contact.callback.preferredHint')} optionalText={t('contact.optional')} value={form.preferredNote} onChange={set('preferredNote')} />
      <ServiceChoice value={form.serviceId} onChange={(id) => setForm((f) => ({ ...f, serviceId: id }))} error={errors.serviceId && t('contact.callback.serviceError')} />
      {request.isSuccess && (
        <InlineAlert status="neutral" role="status">
          {t('contact.callback.sent', { to: request.data.routedTo })}
        </InlineAlert>
      )}
      {request.isError && Object.keys(errors).length === 0 && (
        <InlineAlert status="error" role="alert">
          {t('contact.callback.failed')}
        </InlineAlert>
      )}
      <div>
        <Button type="submit" disabled={request.isPending}>
          {t('contact.callback.send')}
        </Button>
      </div>
    </Form>
  );
}

function MyRequests() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const mine = useMyCallbacks();
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadError message={t('contact.loadError')} onRetry={() => void mine.refetch()} />;
  if (mine.data.length === 0) return <Paragraph>{t('contact.callback.none')}</Paragraph>;
  return (
    <ul>
      {mine.data.map((c) => (
        <li key={c.id}>
          <strong>{c.topic}</strong> — {c.status === 'handled' ? t('contact.callback.handled', { at: format.dateTime(c.handledAt!) }) : t('contact.callback.waitingFor', { to: c.routedTo, due: format.dateTime(c.dueAt) })}
        </li>
      ))}
    </ul>
  );
}

/** Soittopyyntö: the resident asks to be called back, and sees whether it is done. */
export function CallbackPage() {
  const { t } = useTranslation();
  usePageTitle(t('contact.callback.title'));
  return (
    <>
      <PageHeading>{t('contact.callback.title')}</PageHeading>
      <Paragraph mb="l">{t('contact.callback.intro')}</Paragraph>
      <TitledSection id="callback-form" title={t('contact.callback.formHeading')}>
        <RequestForm />
      </TitledSection>
      <TitledSection id="callback-mine" title={t('contact.callback.mine')}>
        <MyRequests />
      </TitledSection>
    </>
  );
}

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.m};
  max-width: 40rem;
`;
