import { useRef, useState } from 'react';
import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, RouterLink, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { inputStatus } from '../../ui/field-errors';
import { tokens } from '../../ui/theme';
import { useReviewEmergency, type EmergencyAccess } from './api';
import { Facts } from './facts';

/** One break-glass access: who opened whose data, when and why; unreviewed ones take a note. */
export function EmergencyCard({ access, onReviewed }: { access: EmergencyAccess; onReviewed: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const review = useReviewEmergency();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const headingId = `emergency-${access.id}`;

  const submit = () => {
    if (note.trim() === '') {
      setMissing(true);
      noteRef.current?.focus();
      return;
    }
    // The promise, not mutate's callbacks: the refreshed list drops this card before the answer is
    // handed on, and callbacks of an unmounted component never run.
    review.mutateAsync({ id: access.id, note: note.trim() }).then(() => onReviewed(t('clients.review.done', { name: access.client.name })), () => undefined);
  };
  const error = review.error ? (isApiError(review.error, 404) ? t('clients.review.alreadyReviewed') : t('clients.review.failed')) : null;

  return (
    <Card aria-labelledby={headingId} data-testid="emergency-item">
      <Heading variant="h2" id={headingId} mb="s">
        {t('clients.review.itemHeading', { name: access.client.name })}
      </Heading>
      <Facts
        facts={[
          { term: t('clients.review.client'), value: <RouterLink asComponent={RouterDomLink} to={`/clients/${access.client.id}`}>{`${access.client.name}, ${format.date(access.client.birthDate)}`}</RouterLink> },
          { term: t('clients.review.who'), value: `${access.professional}, ${access.unit}` },
          { term: t('clients.review.when'), value: <time dateTime={access.startedAt}>{format.dateTime(access.startedAt)}</time> },
          { term: t('clients.review.expires'), value: <time dateTime={access.expiresAt}>{format.dateTime(access.expiresAt)}</time> },
          { term: t('clients.review.reason'), value: <span data-testid="emergency-reason">{access.reason}</span> },
          { term: t('clients.review.reviewedAt'), value: access.reviewedAt && format.dateTime(access.reviewedAt) },
          { term: t('clients.review.note'), value: access.reviewNote },
        ]}
      />
      {access.reviewedAt === null && (
        <>
          {error && (
            <InlineAlert status="error" role="alert" mb="m">
              {error}
            </InlineAlert>
          )}
          <Textarea
            id={`emergency-${access.id}-note`}
            ref={noteRef}
            labelText={t('clients.review.note')}
            hintText={t('clients.review.noteHint')}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              setMissing(false);
            }}
            fullWidth
            mb="m"
            {...inputStatus(missing ? t('clients.review.noteRequired') : null)}
          />
          <Button onClick={submit} loading={review.isPending || undefined} ariaLoadingText={t('clients.saving')}>
            {t('clients.review.markReviewed')}
          </Button>
        </>
      )}
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
