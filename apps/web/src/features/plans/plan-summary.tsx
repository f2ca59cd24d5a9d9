import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { TitledSection } from '../../ui/titled-section';
import { useClientPlan } from './api';

/** The plan in brief for the client's overview: state, responsible worker, next review, and a link. */
export function PlanSummary({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const query = useClientPlan(clientId);
  // A refusal or a failure is shown on the plan page itself; the overview stays uncluttered.
  if (!query.data) return null;
  const plan = query.data.plan;
  return (
    <TitledSection id="plan-summary" title={t('plans.title')}>
      {plan ? (
        <Paragraph>
          {`${t(`plans.states.${plan.state}`)}. ${t('plans.responsible')}: ${plan.responsibleWorker.name}. ${t('plans.nextReview')}: ${plan.nextReviewOn ? date(plan.nextReviewOn) : '–'}. `}
          {plan.reviewDue && `${t('plans.reviewDue')}. `}
        </Paragraph>
      ) : (
        <Paragraph>{t('plans.none')}</Paragraph>
      )}
      <RouterLink to={`/clients/${clientId}/plan`}>{plan ? t('plans.open') : t('plans.start')}</RouterLink>
    </TitledSection>
  );
}
