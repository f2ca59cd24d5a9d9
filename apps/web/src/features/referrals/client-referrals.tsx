import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { TitledSection } from '../../ui/titled-section';
import { useClientReferrals } from './api';
import { useNotice } from './notice';
import { ReferDialog } from './refer-dialog';
import { ReferralList } from './referrals-page';

/**
 * A client's referrals with their statuses, and a way to refer the client to a catalogue service.
 * Placed on the client overview and on a plan; from a plan, new referrals are tied to that plan.
 */
export function ClientReferrals({ clientId, planId }: { clientId: string; planId?: string }) {
  const { t } = useTranslation();
  const referrals = useClientReferrals(clientId);
  const notice = useNotice();
  const [referring, setReferring] = useState(false);

  return (
    <TitledSection id={`referrals-${planId ?? clientId}`} title={t('referrals.client.heading')}>
      {notice.view}
      {isApiError(referrals.error, 403) ? (
        <InlineAlert status="neutral" mb="m">
          {t('referrals.client.forbidden')}
        </InlineAlert>
      ) : (
        <ReferralList query={referrals} empty={t('referrals.client.none')} error={t('referrals.client.error')} onDone={notice.show} showClient={false} />
      )}
      <Button onClick={() => setReferring(true)}>
        {t('referrals.refer.open')}
      </Button>
      {referring && (
        <ReferDialog
          clientId={clientId}
          planId={planId}
          onClose={() => setReferring(false)}
          onSent={(message) => {
            setReferring(false);
            notice.show(message);
          }}
        />
      )}
    </TitledSection>
  );
}
