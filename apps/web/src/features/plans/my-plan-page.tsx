import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import type { Ward } from '../mydata/api';
import { WhoseData } from '../mydata/whose-data';
import { useAcceptMyPlan, useCommentMyPlan, useMyPlan, type Plan } from './api';
import { Comments } from './follow-up';
import { PlanContentView } from './plan-content-view';
import { MyReferrals } from '../referrals/my-referrals';

/** Oma suunnitelma: the resident's joint plan (or a minor's in their care), to read, accept and comment on. */
export function MyPlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('plans.myTitle'));
  const [acting, setActing] = useState<Ward | null>(null);
  return (
    <>
      <PageHeading>{t('plans.myTitle')}</PageHeading>
      <Paragraph mb="l">{t('plans.myIntro')}</Paragraph>
      <WhoseData acting={acting} onSwitch={setActing} />
      <MyPlan key={acting?.id ?? 'self'} forId={acting?.id} />
    </>
  );
}

function MyPlan({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const query = useMyPlan(forId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError message={t('plans.errors.load')} onRetry={() => void query.refetch()} />;
  if (!query.data.plan) return <Paragraph>{t('plans.myNone')}</Paragraph>;
  return <PlanForResident plan={query.data.plan} forId={forId} />;
}

function PlanForResident({ plan, forId }: { plan: Plan; forId: string | undefined }) {
  const { t } = useTranslation();
  const accept = useAcceptMyPlan(forId);
  const comment = useCommentMyPlan(forId);
  return (
    <>
      <PlanContentView plan={plan} actionsTitle={t('plans.actions.title')} />
      {plan.state === 'agreed' ? (
        <Paragraph mb="l">{t('plans.accept.done')}</Paragraph>
      ) : (
        <>
          {isApiError(accept.error, 409) && (
            <InlineAlert status="warning" role="alert" mb="s">
              {t('plans.accept.outdated')}
            </InlineAlert>
          )}
          <Button mb="l" disabled={accept.isPending} onClick={() => accept.mutate(plan.currentVersion)}>
            {t('plans.accept.button', { version: plan.currentVersion })}
          </Button>
        </>
      )}
      <MyReferrals forId={forId} />
      <Comments comments={plan.comments} pending={comment.isPending} error={comment.error} onSend={(text, done) => comment.mutate(text, { onSuccess: done })} />
    </>
  );
}
