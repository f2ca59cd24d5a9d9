import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph, VisuallyHidden } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePreAssessments, useTakePreAssessment } from './api';

/**
 * Pre-assessments sent to the viewer's unit. Reviewing one first takes it, which opens a case
 * relation with the client (the client asked for contact by sending it), then opens the form.
 */
export function PreAssessmentsSection() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const navigate = useNavigate();
  const list = usePreAssessments();
  const take = useTakePreAssessment();

  const review = (assessmentId: string, clientId: string) =>
    take.mutate(assessmentId, { onSuccess: () => void navigate(`/clients/${clientId}/assessments/new?review=${assessmentId}`) });

  return (
    <section aria-labelledby="pre-assessments-heading">
      <Heading variant="h2" id="pre-assessments-heading" mb="s">
        {t('assessment.pre.heading')}
      </Heading>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError message={t('assessment.pre.error')} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Paragraph>{t('assessment.pre.empty')}</Paragraph>
      ) : (
        <List>
          {list.data.map((p) => (
            <Item key={p.assessmentId} data-testid="pre-assessment">
              <span>
                <strong>{p.clientName}</strong> · {t('assessment.pre.submitted', { date: format.dateTime(p.submittedAt) })}
              </span>
              <Button variant="secondary" loading={(take.isPending && take.variables === p.assessmentId) || undefined} ariaLoadingText={t('assessment.saving')} onClick={() => review(p.assessmentId, p.clientId)}>
                {t('assessment.pre.review')} <VisuallyHidden>{p.clientName}</VisuallyHidden>
              </Button>
            </Item>
          ))}
        </List>
      )}
      {take.isError && (
        <InlineAlert status="error" role="alert" mt="s">
          {t('assessment.form.errors.unexpected')}
        </InlineAlert>
      )}
    </section>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;
