import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { useMyAssessments, useQuestionnaire, useSubmitPreAssessment } from './api';
import { AssessmentForm } from './assessment-form';
import { PageFrame } from './page-frame';

function Previous({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const mine = useMyAssessments(forId);
  return (
    <section aria-labelledby="my-assessments-heading">
      <Heading variant="h2" id="my-assessments-heading" mt="l" mb="s">
        {t('assessment.mine.previous')}
      </Heading>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <LoadError message={t('assessment.mine.error')} onRetry={() => void mine.refetch()} />
      ) : mine.data.length === 0 ? (
        <Paragraph>{t('assessment.mine.none')}</Paragraph>
      ) : (
        <ul>
          {mine.data.map((a) => (
            <li key={a.id}>
              {format.date(a.authoredAt)} · {t(`assessment.kinds.${a.kind}`)} · {t(`assessment.statuses.${a.status}`)}
              {a.segment && ` · ${t(`assessment.segments.${a.segment}`)}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The resident's pre-assessment of their situation (or a minor's in their care, `?for=`), sent to service coordination. */
export function PreAssessmentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const forId = params.get('for') ?? undefined;
  const questionnaire = useQuestionnaire();
  const submit = useSubmitPreAssessment(forId);
  const sentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The form is gone once sent: take the reader to what happened.
    if (submit.isSuccess) sentRef.current?.focus();
  }, [submit.isSuccess]);

  return (
    <PageFrame title={t('assessment.mine.title')} back={{ to: '/my-data', text: t('assessment.back.myData') }}>
      <Paragraph mb="m">{t('assessment.mine.intro')}</Paragraph>
      {submit.isSuccess ? (
        <div ref={sentRef} tabIndex={-1}>
          <InlineAlert status="neutral" data-testid="pre-assessment-sent">
            {t('assessment.mine.sent')}
          </InlineAlert>
        </div>
      ) : questionnaire.isPending ? (
        <Loading />
      ) : questionnaire.isError ? (
        <LoadError message={t('assessment.mine.error')} onRetry={() => void questionnaire.refetch()} />
      ) : (
        <AssessmentForm questionnaire={questionnaire.data} kind="pre_assessment" submitText={t('assessment.form.send')} busy={submit.isPending} error={submit.error} onSubmit={(answers) => submit.mutate(answers)} />
      )}
      <Previous forId={forId} />
    </PageFrame>
  );
}
