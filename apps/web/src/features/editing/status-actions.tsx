import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import type { ServiceStatus } from '@avain/domain';
import { tokens } from '../../ui/theme';
import { useChangeStatus, type EditableService } from './api';
import { useSaveErrors } from './field-errors';

/** The status moves the caller may make, each one button; a coordinator may give a reason. */
export function StatusActions({ service, onChanged }: { service: EditableService; onChanged: (status: ServiceStatus) => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const change = useChangeStatus(service.id);
  const error = useSaveErrors(change.error);
  const coordinator = !service.changesNeedReview && service.allowedStatuses.length > 1;

  return (
    <section aria-labelledby="status-heading">
      <Heading variant="h2" id="status-heading" mb="s">
        {t('editing.status.heading')}
      </Heading>
      <Paragraph mb="s">{t('editing.edit.status', { status: t(`editing.statuses.${service.status}`) })}</Paragraph>
      {error.form && (
        <InlineAlert status="error" role="alert" mb="s">
          {error.form}
        </InlineAlert>
      )}
      {service.allowedStatuses.length === 0 ? (
        <Paragraph mb="l">{t('editing.status.none')}</Paragraph>
      ) : (
        <>
          {coordinator && (
            <TextInput
              id="status-comment"
              labelText={t('editing.status.comment')}
              optionalText={t('editing.optional')}
              value={comment}
              onChange={(v) => setComment(String(v ?? ''))}
              fullWidth
              mb="s"
            />
          )}
          <Buttons>
            {service.allowedStatuses.map((status) => (
              <Button
                key={status}
                variant="secondary"
                disabled={change.isPending}
                onClick={() =>
                  change.mutate(
                    { status, version: service.version, ...(comment.trim() ? { comment: comment.trim() } : {}) },
                    { onSuccess: () => onChanged(status) },
                  )
                }
              >
                {t(`editing.status.actions.${status}`)}
              </Button>
            ))}
          </Buttons>
        </>
      )}
    </section>
  );
}

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.l};
`;
