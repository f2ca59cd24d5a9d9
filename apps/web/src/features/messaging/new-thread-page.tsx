import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, SingleSelect, Textarea, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, inputStatus } from '../../ui/field-errors';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useSession } from '../auth/session';
import { useLocalize } from '../catalog/format';
import { useRecipients, useStartStaffThread, useStartThread, type Destination, type Recipients, type ThreadDetail } from './api';

const SERVICE = 'service';

/** A new thread: a resident writes to their care team or a service; staff write to a client (`?client=`). */
export function NewThreadPage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.new.title'));
  const [params] = useSearchParams();
  const resident = useSession().data?.user?.role === 'resident';
  const forId = params.get('for') ?? undefined;
  const clientId = params.get('client');
  return (
    <>
      <PageHeading>{t('messaging.new.title')}</PageHeading>
      {resident ? <ResidentForm forId={forId} /> : clientId ? <StaffForm clientId={clientId} /> : <Paragraph>{t('messaging.new.fromClient')}</Paragraph>}
    </>
  );
}

function ResidentForm({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const recipients = useRecipients(forId);
  const start = useStartThread(forId);
  if (recipients.isPending) return <Loading />;
  if (recipients.isError) return <LoadError message={t('messaging.errors.load')} onRetry={() => void recipients.refetch()} />;
  return (
    <MessageForm error={start.error} pending={start.isPending} send={(subject, body, to) => start.mutateAsync({ subject, body, to: to! })}>
      {(chosen, setChosen, missing) => <Destinations recipients={recipients.data} chosen={chosen} onChange={setChosen} missing={missing} />}
    </MessageForm>
  );
}

function StaffForm({ clientId }: { clientId: string }) {
  const start = useStartStaffThread();
  return <MessageForm error={start.error} pending={start.isPending} send={(subject, body) => start.mutateAsync({ clientId, subject, body })} />;
}

type Send = (subject: string, body: string, to: Destination | null) => Promise<ThreadDetail>;

/** Subject and message, with an optional part above them choosing where the message goes. */
function MessageForm({ send, pending, error, children }: { send: Send; pending: boolean; error: unknown; children?: (chosen: Destination | null, set: (d: Destination | null) => void, missing: boolean) => ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [to, setTo] = useState<Destination | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState({ to: false, subject: false, body: false });
  const fields = fieldErrorsOf(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { to: children !== undefined && to === null, subject: subject.trim() === '', body: body.trim() === '' };
    setMissing(problems);
    if (problems.to || problems.subject || problems.body) return;
    send(subject, body, to).then((thread) => navigate(`/messages/${thread.id}`), () => undefined);
  };
  return (
    <form noValidate onSubmit={submit}>
      {children?.(to, setTo, missing.to || fields['to.userId'] !== undefined || fields['to.unitId'] !== undefined)}
      <TextInput
        labelText={t('messaging.new.subject')}
        value={subject}
        onChange={(value) => setSubject(String(value))}
        fullWidth
        mt="m"
        {...inputStatus(missing.subject ? t('messaging.new.subjectMissing') : null)}
      />
      <Textarea
        id="new-message-body"
        labelText={t('messaging.composer.label')}
        hintText={t('messaging.composer.hint')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        fullWidth
        mt="m"
        {...inputStatus(missing.body ? t('messaging.composer.empty') : null)}
      />
      {Boolean(error) && (
        <InlineAlert status="error" role="alert" mt="s">
          {isApiError(error, 403) ? t('messaging.errors.forbidden') : isApiError(error, 400) ? t('messaging.errors.invalid') : t('messaging.errors.send')}
        </InlineAlert>
      )}
      <Button type="submit" mt="m" loading={pending || undefined} ariaLoadingText={t('messaging.composer.sending')}>
        {t('messaging.composer.send')}
      </Button>
    </form>
  );
}

/** A person of the care team, or a service (and its unit, when it has several). */
function Destinations({ recipients, chosen, onChange, missing }: { recipients: Recipients; chosen: Destination | null; onChange: (d: Destination | null) => void; missing: boolean }) {
  const { t, text } = useLocalize();
  const [kind, setKind] = useState(chosen?.kind === 'care_team' ? chosen.userId : chosen ? SERVICE : '');
  const serviceId = chosen?.kind === 'service_inbox' ? chosen.serviceId : null;
  const service = recipients.services.find((s) => s.id === serviceId);
  const items = recipients.services.map((s) => ({ uniqueItemId: s.id, labelText: text(s.name) }));
  const unitId = chosen?.kind === 'service_inbox' ? chosen.unitId : undefined;
  const status = missing ? { status: 'error' as const, statusText: t('messaging.new.toMissing') } : {};
  return (
    <>
      <RadioButtonGroup
        name="to"
        labelText={t('messaging.new.to')}
        groupHintText={t('messaging.new.toHint')}
        value={kind}
        onChange={(value) => {
          setKind(value);
          onChange(value === SERVICE ? null : { kind: 'care_team', userId: value });
        }}
        groupStatus={missing && kind === '' ? 'error' : 'default'}
        groupStatusText={missing && kind === '' ? t('messaging.new.toMissing') : undefined}
      >
        {recipients.careTeam.map((m) => (
          <RadioButton key={m.userId} value={m.userId} hintText={m.responsibleWorker ? t('messaging.new.responsibleWorker') : undefined}>
            {`${m.name}, ${text(m.unit)}`}
          </RadioButton>
        ))}
        <RadioButton value={SERVICE}>{t('messaging.new.service')}</RadioButton>
      </RadioButtonGroup>
      {kind === SERVICE && (
        <SingleSelect
          labelText={t('messaging.new.serviceLabel')}
          hintText={t('messaging.new.serviceHint')}
          clearButtonLabel={t('messaging.new.clear')}
          noItemsText={t('messaging.new.noServices')}
          ariaOptionsAvailableTextFunction={(count) => t('messaging.new.options', { count })}
          items={items}
          selectedItem={items.find((i) => i.uniqueItemId === serviceId) ?? null}
          onItemSelect={(id) => onChange(id ? { kind: 'service_inbox', serviceId: id } : null)}
          fullWidth
          mt="m"
          {...(kind === SERVICE && !serviceId ? status : {})}
        />
      )}
      {service && service.units.length > 1 && (
        <RadioButtonGroup
          name="unit"
          labelText={t('messaging.new.unit')}
          value={unitId ?? ''}
          onChange={(value) => onChange({ kind: 'service_inbox', serviceId: service.id, unitId: value })}
          groupStatus={missing && !unitId ? 'error' : 'default'}
          groupStatusText={missing && !unitId ? t('messaging.new.toMissing') : undefined}
          mt="m"
        >
          {service.units.map((u) => (
            <RadioButton key={u.id} value={u.id}>
              {text(u.name)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    </>
  );
}
