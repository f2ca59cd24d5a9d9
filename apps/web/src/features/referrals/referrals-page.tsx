import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { UseQueryResult } from '@tanstack/react-query';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { TitledSection } from '../../ui/titled-section';
import { usePageTitle } from '../../ui/use-page-title';
import { useSession } from '../auth/session';
import { useIncomingReferrals, useSentReferrals, type IncomingFilter, type Referral } from './api';
import { useNotice } from './notice';
import { ReferralCard } from './referral-card';

/** A list's states: loading, failed with a retry, empty in words, or the cards. */
export function ReferralList({ query, empty, error, onDone, showClient = true }: { query: UseQueryResult<Referral[]>; empty: string; error: string; onDone: (message: string) => void; showClient?: boolean }) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError message={error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <Paragraph mb="m">{empty}</Paragraph>;
  return query.data.map((r) => <ReferralCard key={r.id} referral={r} showClient={showClient} onDone={onDone} />);
}

function Incoming({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<IncomingFilter>('open');
  const incoming = useIncomingReferrals(filter);
  return (
    <TitledSection id="incoming-referrals" title={t('referrals.incoming.heading')}>
      <Paragraph mb="m">{t('referrals.incoming.logged')}</Paragraph>
      <RadioButtonGroup labelText={t('referrals.incoming.show')} name="incoming-filter" value={filter} onChange={(value) => setFilter(value as IncomingFilter)} mb="m">
        <RadioButton value="open">{t('referrals.incoming.open')}</RadioButton>
        <RadioButton value="all">{t('referrals.incoming.all')}</RadioButton>
      </RadioButtonGroup>
      <ReferralList query={incoming} empty={t('referrals.incoming.none')} error={t('referrals.incoming.error')} onDone={onDone} />
    </TitledSection>
  );
}

function Sent({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const sent = useSentReferrals();
  return (
    <TitledSection id="sent-referrals" title={t('referrals.sent.heading')}>
      <ReferralList query={sent} empty={t('referrals.sent.none')} error={t('referrals.sent.error')} onDone={onDone} />
    </TitledSection>
  );
}

/** The referrals page: what has come in to my producer to answer, and what I have sent and its status. */
export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.title'));
  const session = useSession();
  const notice = useNotice();
  // The page is for staff and producer administrators; the administrators only receive.
  const sends = session.data?.user?.role !== 'producer_admin';
  return (
    <>
      <PageHeading>{t('referrals.title')}</PageHeading>
      <Paragraph mb="l">{t('referrals.intro')}</Paragraph>
      {notice.view}
      <Incoming onDone={notice.show} />
      {sends && <Sent onDone={notice.show} />}
    </>
  );
}
