import { Link as RouterDomLink, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { Loading, LoadError } from '../../ui/page-states';
import { useAssessmentHistory, type Assessment } from './api';
import { AssessmentCard } from './assessment-card';
import { PageFrame } from './page-frame';

/** Whether an assessment is the first of its kind in the list (newest first): it has nothing to compare with. */
const firstOfKind = (list: Assessment[], index: number) => !list.slice(index + 1).some((a) => a.kind === list[index]!.kind);

/** The client's assessments newest first: each segment with its reasons, and what changed between them. */
export function AssessmentHistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const history = useAssessmentHistory(id);
  const frame = { title: t('assessment.history.title'), back: { to: `/clients/${id}`, text: t('assessment.back.client') } };

  if (history.isPending) return <Loading />;
  if (history.isError) {
    return (
      <PageFrame {...frame}>
        {isApiError(history.error, 403) ? (
          <InlineAlert status="warning">{t('assessment.history.forbidden')}</InlineAlert>
        ) : (
          <LoadError message={t('assessment.history.error')} onRetry={() => void history.refetch()} />
        )}
      </PageFrame>
    );
  }
  return (
    <PageFrame {...frame}>
      <Paragraph mb="s">{t('assessment.history.intro')}</Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/clients/${id}/assessments/new`}>
          {t('assessment.history.new')}
        </RouterLink>
      </Paragraph>
      {history.data.length === 0 ? (
        <Paragraph>{t('assessment.history.empty')}</Paragraph>
      ) : (
        history.data.map((a, index) => <AssessmentCard key={a.id} assessment={a} first={firstOfKind(history.data, index)} />)
      )}
    </PageFrame>
  );
}
