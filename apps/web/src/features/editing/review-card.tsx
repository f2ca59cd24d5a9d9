import { useRef, useState } from 'react';
import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { tokens } from '../../ui/theme';
import { useDecideReview, type Review } from './api';
import { ChangeTable } from './change-table';
import { useEditingFormat } from './format';

/** One proposal: what changes, and the coordinator's two answers. Returning needs a comment. */
export function ReviewCard({ review, onDecided }: { review: Review; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const decide = useDecideReview();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const headingId = `review-${review.id}`;
  const name = review.serviceName;

  const returnChange = () => {
    if (comment.trim() === '') {
      setMissingComment(true);
      commentRef.current?.focus();
      return;
    }
    decide.mutate({ id: review.id, approve: false, comment: comment.trim() }, { onSuccess: () => onDecided(t('editing.reviews.returned', { name })) });
  };
  const approve = () => decide.mutate({ id: review.id, approve: true }, { onSuccess: () => onDecided(t('editing.reviews.approved', { name })) });
  const error = decide.error ? (isApiError(decide.error, 409) ? t('editing.reviews.alreadyDecided') : t('editing.reviews.decideError')) : null;

  return (
    <Card aria-labelledby={headingId} data-testid="review">
      <Heading variant="h2" id={headingId} mb="xs">
        {name}
      </Heading>
      <Paragraph mb="xs">{t('editing.reviews.organization', { name: review.organizationName })}</Paragraph>
      <Paragraph mb="s">
        <time dateTime={review.submittedAt}>{t('editing.reviews.submitted', { date: format.dateTime(review.submittedAt) })}</time>
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/producer/services/${review.serviceId}`}>
          {t('editing.reviews.openService', { name })}
        </RouterLink>
      </Paragraph>
      {review.currentVersion !== review.baseVersion && (
        <InlineAlert status="warning" mb="m">
          {t('editing.reviews.outdated')}
        </InlineAlert>
      )}
      <ChangeTable caption={t('editing.reviews.caption', { name })} proposed={review.proposed} current={review.current} />
      {error && (
        <InlineAlert status="error" role="alert" mb="m">
          {error}
        </InlineAlert>
      )}
      <Textarea
        id={`review-${review.id}-comment`}
        ref={commentRef}
        labelText={t('editing.reviews.comment')}
        hintText={t('editing.reviews.commentHint')}
        optionalText={t('editing.optional')}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
          setMissingComment(false);
        }}
        status={missingComment ? 'error' : 'default'}
        statusText={missingComment ? t('editing.reviews.commentRequired') : undefined}
        fullWidth
        mb="m"
      />
      <Buttons>
        <Button onClick={approve} disabled={decide.isPending}>
          {t('editing.reviews.approve')}
        </Button>
        <Button variant="secondary" onClick={returnChange} disabled={decide.isPending}>
          {t('editing.reviews.return')}
        </Button>
      </Buttons>
    </Card>
  );
}

const Card = styled.article`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
