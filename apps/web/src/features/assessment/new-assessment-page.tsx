import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { useAssessment, useQuestionnaire, useSaveAssessment } from './api';
import { AssessmentForm } from './assessment-form';
import { PageFrame } from './page-frame';

/**
 * A professional's assessment made with the client; with `?review=<id>` it reviews the client's
 * pre-assessment, prefilled with the client's own answers.
 */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const reviewOf = params.get('review');
  const questionnaire = useQuestionnaire();
  const pre = useAssessment(reviewOf);
  const save = useSaveAssessment(id, reviewOf);
  const title = reviewOf ? t('assessment.form.reviewTitle') : t('assessment.form.newTitle');
  const back = { to: `/clients/${id}/assessments`, text: t('assessment.back.history') };

  if (questionnaire.isPending || (reviewOf && pre.isPending)) return <Loading />;
  if (questionnaire.isError || pre.isError) {
    return (
      <PageFrame title={title} back={back}>
        {isApiError(pre.error, 403) ? (
          <InlineAlert status="warning">{t('assessment.history.forbidden')}</InlineAlert>
        ) : (
          <LoadError message={t('assessment.history.error')} onRetry={() => void (questionnaire.isError ? questionnaire.refetch() : pre.refetch())} />
        )}
      </PageFrame>
    );
  }
  return (
    <PageFrame title={title} back={back}>
      <Paragraph mb="m">{t('assessment.form.intro')}</Paragraph>
      {pre.data && (
        <InlineAlert status="neutral" mb="m">
          {t('assessment.form.prefilled', { date: format.dateTime(pre.data.authoredAt) })}
        </InlineAlert>
      )}
      <AssessmentForm
        questionnaire={questionnaire.data}
        kind="professional"
        initial={pre.data?.answers}
        submitText={t('assessment.form.save')}
        busy={save.isPending}
        error={save.error}
        onSubmit={(answers) => save.mutate(answers, { onSuccess: () => void navigate(`/clients/${id}/assessments`) })}
      />
    </PageFrame>
  );
}
