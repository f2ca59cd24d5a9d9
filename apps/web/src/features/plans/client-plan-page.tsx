import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { usePageTitle } from '../../ui/use-page-title';
import { useAddComment, useClientPlan, useClosePlan, useSavePlan, useStartPlan, type Plan } from './api';
import { draftOf, emptyDraft } from './draft';
import { Comments, ReviewSection, SpokenAgreement } from './follow-up';
import { PlanHistory } from './history';
import { PlanContentView } from './plan-content-view';
import { PlanEditor } from './plan-editor';
import { ClientReferrals } from '../referrals/client-referrals';

/** The staff page of a client's joint service plan: start or edit it, agreement, reviews, comments and history. */
export function ClientPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('plans.title'));
  const query = useClientPlan(id);
  return (
    <>
      <PageHeading>{t('plans.title')}</PageHeading>
      <Paragraph mb="m">
        <RouterLink to={`/clients/${id}`}>{t('plans.back')}</RouterLink>
      </Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        isApiError(query.error, 403) ? (
          <InlineAlert status="error" role="alert">
            {t('plans.errors.forbidden')}
          </InlineAlert>
        ) : (
          <LoadError message={t('plans.errors.load')} onRetry={() => void query.refetch()} />
        )
      ) : query.data.plan ? (
        <OpenPlan key={`${query.data.plan.id}-${query.data.plan.currentVersion}`} plan={query.data.plan} />
      ) : (
        <NoPlan clientId={id} />
      )}
    </>
  );
}

function NoPlan({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const start = useStartPlan(clientId);
  if (!starting) {
    return (
      <>
        <Paragraph mb="m">{t('plans.none')}</Paragraph>
        <Button onClick={() => setStarting(true)}>{t('plans.start')}</Button>
      </>
    );
  }
  return <PlanEditor initial={emptyDraft()} editing={false} pending={start.isPending} error={start.error} onSubmit={(input) => start.mutate(input)} onCancel={() => setStarting(false)} />;
}

function OpenPlan({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const save = useSavePlan(plan.clientId, plan.id);
  const comment = useAddComment(plan.clientId, plan.id);
  const close = useClosePlan(plan.clientId, plan.id);
  if (editing) {
    return (
      <PlanEditor
        initial={draftOf(plan.content)}
        editing
        pending={save.isPending}
        error={save.error}
        onSubmit={(input, changeNote) => save.mutate({ ...input, baseVersion: plan.currentVersion, changeNote }, { onSuccess: () => setEditing(false) })}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <>
      {plan.reviewDue && (
        <InlineAlert status="warning" mb="m">
          {t('plans.reviewDue')}
        </InlineAlert>
      )}
      <Paragraph mb="m">{t('plans.version', { version: plan.currentVersion })}</Paragraph>
      <PlanContentView plan={plan} actionsTitle={t('plans.actions.staffTitle')} />
      <Button onClick={() => setEditing(true)} mb="l">
        {t('plans.edit')}
      </Button>
      <ClientReferrals clientId={plan.clientId} planId={plan.id} />
      <SpokenAgreement plan={plan} />
      <ReviewSection plan={plan} />
      <Comments comments={plan.comments} pending={comment.isPending} error={comment.error} onSend={(text, done) => comment.mutate(text, { onSuccess: done })} />
      <PlanHistory plan={plan} />
      <Button variant="secondary" disabled={close.isPending} onClick={() => close.mutate(undefined)}>
        {t('plans.close')}
      </Button>
    </>
  );
}
