import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, RouterLink, VisuallyHidden } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useSession } from '../auth/session';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { useTakeFromWorklist, type WorklistRow } from './api';
import { useAssessmentTexts } from './texts';

/** One client on the worklist: why they are there, who took them, and the way on. */
export function WorklistRowItem({ row }: { row: WorklistRow }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const texts = useAssessmentTexts();
  const session = useSession();
  const take = useTakeFromWorklist();
  const mine = row.takenBy?.id === session.data?.user?.id;
  const reasonsId = `worklist-reasons-${row.clientId}`;
  return (
    <Item data-testid="worklist-row">
      <Name>
        {row.name}, {t('assessment.worklist.age', { age: row.age })}
      </Name>
      <ul id={reasonsId}>
        {row.reasons.map((r) => (
          <li key={r.code}>{texts.worklistReason(r)}</li>
        ))}
      </ul>
      {row.takenBy && <Taken>{t('assessment.worklist.takenBy', { name: row.takenBy.name, date: format.date(row.takenBy.at) })}</Taken>}
      {mine ? (
        <RouterLink asComponent={RouterDomLink} to={`/clients/${row.clientId}`}>
          {t('assessment.worklist.open')}
        </RouterLink>
      ) : (
        !row.takenBy && (
          <Button variant="secondary" aria-describedby={reasonsId} loading={take.isPending || undefined} ariaLoadingText={t('assessment.worklist.taking')} onClick={() => take.mutate(row.clientId)}>
            {t('assessment.worklist.take')} <VisuallyHidden>{row.name}</VisuallyHidden>
          </Button>
        )
      )}
      {take.isError && (
        <InlineAlert status="error" role="alert" mt="s">
          {isApiError(take.error, 409) ? t('assessment.worklist.conflict') : t('assessment.worklist.takeError')}
        </InlineAlert>
      )}
    </Item>
  );
}

const Item = styled.li`
  padding: ${tokens.spacing.m} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};

  ul {
    margin: ${tokens.spacing.xxs} 0 ${tokens.spacing.xs};
  }
`;

const Name = styled.p`
  ${tokens.typography.bodySemiBold};
  margin: 0;
`;

const Taken = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: 0 0 ${tokens.spacing.xs};
`;
