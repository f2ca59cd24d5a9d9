import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useOverview, type Overview } from './api';
import { BasicDataSection } from './basic-data-section';
import { ConsentsSection } from './consents-section';
import { EmergencyAccess } from './emergency-access';
import { EntryForm } from './entry-form';
import { RegisterBlock } from './register-block';
import { RelationsSection } from './relations-section';
import { overviewDenial } from './why';
import { AssessmentSummary } from '../assessment/assessment-summary';
import { PlanSummary } from '../plans/plan-summary';
import { ClientReferrals } from '../referrals/client-referrals';
import { BookForClient } from '../booking/book-for-client';

function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to="/clients">
          {t('clients.overview.back')}
        </RouterLink>
      </Paragraph>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}

interface EmergencyState {
  /** When the break-glass access given on this page ends; null when it was given before. */
  until: string | null;
  onStarted: (expiresAt: string) => void;
}

/** Said at the top while the data is open by break-glass, so nobody mistakes it for everyday access. */
function EmergencyNotice({ until }: { until: string | null }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The dialog that opened the data is gone: the user lands on what it did. A frame later, once
    // the closing dialog has handed focus back to its (removed) opener.
    if (!until) return;
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [until]);
  return (
    <div ref={ref} tabIndex={-1} data-testid="emergency-active">
      <InlineAlert status="warning" labelText={t('clients.emergency.activeTitle')} mb="l">
        {until ? t('clients.emergency.activeUntil', { time: format.dateTime(until) }) : t('clients.emergency.active')}
      </InlineAlert>
    </div>
  );
}

function ClientView({ overview, emergency }: { overview: Overview; emergency: EmergencyState }) {
  const { t } = useTranslation();
  const { client, registers } = overview;
  const underEmergency = registers.some((b) => b.why.basis === 'emergency');
  return (
    <Page title={`${client.firstNames} ${client.lastName}`}>
      {underEmergency && <EmergencyNotice until={emergency.until} />}
      <BasicDataSection client={client} />
      <RelationsSection clientId={client.id} relations={overview.relations} />
      <ConsentsSection consents={overview.consents} />
      <PlanSummary clientId={client.id} />
      <AssessmentSummary clientId={client.id} />
      <ClientReferrals clientId={client.id} />
      <BookForClient clientId={client.id} />
      <Paragraph mb="l">
        <RouterLink asComponent={RouterDomLink} to={`/messages/new?client=${client.id}`}>
          {t('clients.overview.writeMessage')}
        </RouterLink>
      </Paragraph>
      {registers.map((block) => (
        <RegisterBlock key={block.register} block={block} />
      ))}
      <EntryForm clientId={client.id} />
      {!underEmergency && registers.some((b) => !b.why.allowed) && <EmergencyAccess clientId={client.id} onStarted={emergency.onStarted} />}
    </Page>
  );
}

/** The professional's one view of the client (D6), or why it stays closed and what can open it. */
export function ClientOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useOverview(id);
  const [until, setUntil] = useState<string | null>(null);
  const denial = overviewDenial(overview.error);

  if (overview.isPending) return <Loading />;
  if (denial) {
    return (
      <Page title={t('clients.overview.closedTitle')}>
        <InlineAlert status="warning" labelText={t('clients.overview.closedHeading')} mb="l" data-testid="overview-closed">
          {t(`clients.hidden.${denial}`)}
        </InlineAlert>
        {/* A relation cannot be opened from here: it extends an existing contact (see the server). */}
        {denial === 'noRelation' && <EmergencyAccess clientId={id} onStarted={setUntil} />}
      </Page>
    );
  }
  if (isApiError(overview.error, 404) || isApiError(overview.error, 400)) {
    return (
      <Page title={t('clients.overview.notFoundTitle')}>
        <Paragraph>{t('clients.overview.notFound')}</Paragraph>
      </Page>
    );
  }
  if (overview.isError) {
    return (
      <Page title={t('clients.overview.closedTitle')}>
        <LoadError message={t('clients.overview.error')} onRetry={() => void overview.refetch()} />
      </Page>
    );
  }
  return <ClientView overview={overview.data} emergency={{ until, onStarted: setUntil }} />;
}
