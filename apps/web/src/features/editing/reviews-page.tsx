import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useReviews } from './api';
import { ReviewCard } from './review-card';

/** The coordinators' queue of producers' changes to published services. */
export function ReviewsPage() {
  const { t } = useTranslation();
  usePageTitle(t('editing.reviews.title'));
  const reviews = useReviews();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The decided card disappears; focus goes to the outcome rather than to the page start.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <PageHeading>{t('editing.reviews.heading')}</PageHeading>
      <Paragraph mb="l">{t('editing.reviews.intro')}</Paragraph>
      {notice && (
        <InlineAlert status="neutral" role="status" mb="l" ref={noticeRef} tabIndex={-1} data-testid="review-notice">
          {notice}
        </InlineAlert>
      )}
      {reviews.isPending ? (
        <Loading />
      ) : reviews.isError ? (
        <LoadError message={t('editing.reviews.error')} onRetry={() => void reviews.refetch()} />
      ) : reviews.data.length === 0 ? (
        <Paragraph>{t('editing.reviews.empty')}</Paragraph>
      ) : (
        reviews.data.map((review) => <ReviewCard key={review.id} review={review} onDecided={setNotice} />)
      )}
    </>
  );
}
