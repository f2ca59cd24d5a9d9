import { useEffect, useRef, useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useEditableService, type EditableService } from './api';
import { ChangeTable } from './change-table';
import { useEditingFormat } from './format';
import { ServiceForm } from './service-form';
import { ServiceHistory } from './service-history';
import { StatusActions } from './status-actions';

function PendingReview({ service }: { service: EditableService }) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const review = service.pendingReview!;
  return (
    <InlineAlert status="warning" labelText={t('editing.edit.pendingHeading')} mb="l" data-testid="pending-review">
      <Paragraph mb="s">{t('editing.edit.pendingText', { date: format.dateTime(review.submittedAt) })}</Paragraph>
      <ChangeTable caption={t('editing.reviews.caption', { name: format.name(service.name) })} proposed={review.proposed} current={{ ...service }} />
    </InlineAlert>
  );
}

function Editor({ service }: { service: EditableService }) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  // A producer's second proposal would be refused while the first waits, so the form waits too.
  const blocked = service.changesNeedReview && service.pendingReview !== null;

  return (
    <>
      <PageHeading>{format.name(service.name)}</PageHeading>
      <Paragraph mb="s">{t('editing.edit.producer', { name: format.name(service.organization.name) })}</Paragraph>
      <Paragraph mb="l">{t('editing.edit.status', { status: t(`editing.statuses.${service.status}`) })}</Paragraph>

      {notice && (
        <InlineAlert status="neutral" role="status" mb="l" ref={noticeRef} tabIndex={-1} data-testid="save-notice">
          {notice}
        </InlineAlert>
      )}
      {service.pendingReview && <PendingReview service={service} />}
      {!blocked &&
        (service.changesNeedReview ? (
          <InlineAlert status="neutral" labelText={t('editing.edit.reviewNoticeHeading')} mb="l" id="review-notice" data-testid="review-notice">
            {t('editing.edit.reviewNotice')}
          </InlineAlert>
        ) : (
          <Paragraph mb="l">{t('editing.edit.directNotice')}</Paragraph>
        ))}

      {!blocked && (
        <Section>
          <ServiceForm
            key={`${service.version}-${service.pendingReview?.id ?? ''}`}
            service={service}
            onSaved={(outcome) => setNotice(outcome === 'in_review' ? t('editing.edit.sentToReview') : t('editing.edit.saved'))}
          />
        </Section>
      )}

      <Section>
        <StatusActions service={service} onChanged={(status) => setNotice(t('editing.status.changed', { status: t(`editing.statuses.${status}`) }))} />
      </Section>

      <Section aria-labelledby="service-locations-heading">
        <Heading variant="h2" id="service-locations-heading" mb="s">
          {t('editing.edit.locationsHeading')}
        </Heading>
        <ul>
          {service.locations.map((location) => (
            <li key={location.id}>{format.name(location.name)}</li>
          ))}
        </ul>
      </Section>

      <ServiceHistory serviceId={service.id} />
    </>
  );
}

export function ServiceEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('editing.edit.title'));
  const { id = '' } = useParams();
  const service = useEditableService(id);

  return (
    <>
      <Back>
        <RouterLink asComponent={RouterDomLink} to="/producer">
          {t('editing.edit.back')}
        </RouterLink>
      </Back>
      {service.isPending ? (
        <Loading />
      ) : isApiError(service.error, 404) || isApiError(service.error, 400) ? (
        <>
          <PageHeading>{t('editing.edit.title')}</PageHeading>
          <Paragraph>{t('editing.edit.notFound')}</Paragraph>
        </>
      ) : service.isError ? (
        <>
          <PageHeading>{t('editing.edit.title')}</PageHeading>
          <LoadError message={isApiError(service.error, 403) ? t('editing.errors.forbidden') : t('editing.edit.loadError')} onRetry={() => void service.refetch()} />
        </>
      ) : (
        <Editor key={service.data.id} service={service.data} />
      )}
    </>
  );
}

const Back = styled.p`
  margin: 0 0 ${tokens.spacing.m};
`;

const Section = styled.section`
  margin-bottom: ${tokens.spacing.xl};
`;
