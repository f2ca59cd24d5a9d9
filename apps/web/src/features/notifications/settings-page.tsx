import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { usePreferences, useSavePreferences, type Channel, type MessageLanguage, type Preferences } from './api';

const CHANNELS: Channel[] = ['email', 'sms', 'none'];
const LANGUAGES: MessageLanguage[] = ['fi', 'sv', 'en'];

function SettingsForm({ saved }: { saved: Preferences }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [form, setForm] = useState({ channel: saved.channel, language: saved.language, email: saved.email ?? '', phone: saved.phone ?? '' });
  const errors = fieldErrorsOf(save.error);
  const submit = () => save.mutate({ channel: form.channel, language: form.language, email: form.email.trim() || null, phone: form.phone.trim() || null });
  return (
    <Form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <RadioButtonGroup labelText={t('notifications.settings.channel')} name="channel" value={form.channel} onChange={(v) => setForm((f) => ({ ...f, channel: v as Channel }))}>
        {CHANNELS.map((c) => (
          <RadioButton key={c} value={c}>
            {t(`notifications.channels.${c}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <RadioButtonGroup labelText={t('notifications.settings.language')} name="language" value={form.language} onChange={(v) => setForm((f) => ({ ...f, language: v as MessageLanguage }))}>
        {LANGUAGES.map((l) => (
          <RadioButton key={l} value={l}>
            {t(`notifications.languages.${l}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <TextInput
        labelText={t('notifications.settings.email')}
        hintText={saved.accountEmail ? t('notifications.settings.emailHint', { email: saved.accountEmail }) : undefined}
        optionalText={t('notifications.optional')}
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={(v) => setForm((f) => ({ ...f, email: String(v ?? '') }))}
        {...inputStatus(errors.email && t('notifications.settings.emailError'))}
      />
      <TextInput
        labelText={t('notifications.settings.phone')}
        hintText={t('notifications.settings.phoneHint')}
        type="tel"
        autoComplete="tel"
        value={form.phone}
        onChange={(v) => setForm((f) => ({ ...f, phone: String(v ?? '') }))}
        {...inputStatus(errors.phone && t('notifications.settings.phoneError'))}
      />
      {save.isSuccess && (
        <InlineAlert status="neutral" role="status">
          {t('notifications.settings.saved')}
        </InlineAlert>
      )}
      {save.isError && Object.keys(errors).length === 0 && (
        <InlineAlert status="error" role="alert">
          {t('notifications.settings.failed')}
        </InlineAlert>
      )}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {t('notifications.settings.save')}
        </Button>
      </div>
    </Form>
  );
}

/** How the resident wants to be told about appointments and contacts: channel, language and address. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const preferences = usePreferences();
  return (
    <>
      <PageHeading>{t('notifications.settings.title')}</PageHeading>
      <Paragraph mb="l">{t('notifications.settings.intro')}</Paragraph>
      {preferences.isPending ? <Loading /> : preferences.isError ? <LoadError message={t('notifications.loadError')} onRetry={() => void preferences.refetch()} /> : <SettingsForm saved={preferences.data} />}
    </>
  );
}

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.m};
  max-width: 40rem;
`;
