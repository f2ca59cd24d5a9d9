import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useEmergencyAccesses, type EmergencyStatus } from './api';
import { EmergencyCard } from './emergency-card';

function Accesses({ status, onReviewed }: { status: EmergencyStatus; onReviewed: (message: string) => void }) {
  const { t } = useTranslation();
  const accesses = useEmergencyAccesses(status);
  if (accesses.isPending) return <Loading />;
  // Reviewing belongs to the unit's supervisor: anyone else is told so, not shown an error.
  if (isApiError(accesses.error, 403)) {
    return (
      <InlineAlert status="neutral" labelText={t('clients.review.notSupervisorTitle')} data-testid="not-supervisor">
        {t('clients.review.notSupervisor')}
      </InlineAlert>
    );
  }
  if (accesses.isError) return <LoadError message={t('clients.review.error')} onRetry={() => void accesses.refetch()} />;
  if (accesses.data.length === 0) return <Paragraph>{status === 'unreviewed' ? t('clients.review.noneUnreviewed') : t('clients.review.none')}</Paragraph>;
  return accesses.data.map((access) => <EmergencyCard key={access.id} access={access} onReviewed={onReviewed} />);
}

/** The supervisor's list of break-glass accesses in their unit, to review each with a note. */
export function EmergencyReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('clients.review.title'));
  const [status, setStatus] = useState<EmergencyStatus>('unreviewed');
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The reviewed card leaves the list; focus goes to the outcome rather than to the page start.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <PageHeading>{t('clients.review.title')}</PageHeading>
      <Paragraph mb="l">{t('clients.review.intro')}</Paragraph>
      <RadioButtonGroup labelText={t('clients.review.show')} name="emergency-status" value={status} onChange={(value) => setStatus(value as EmergencyStatus)} mb="l">
        <RadioButton value="unreviewed">{t('clients.review.unreviewed')}</RadioButton>
        <RadioButton value="all">{t('clients.review.all')}</RadioButton>
      </RadioButtonGroup>
      <div ref={noticeRef} tabIndex={-1} role="status" data-testid="review-notice">
        {notice && (
          <InlineAlert status="neutral" mb="l">
            {notice}
          </InlineAlert>
        )}
      </div>
      <Accesses status={status} onReviewed={setNotice} />
    </>
  );
}
