import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import type { ReferralStatus } from '@avain/domain';
import { tokens } from '../../ui/theme';

/**
 * The status in words, and the unanswered flag beside it. The flag says its meaning in text, not
 * by colour alone, so it is read out and seen the same.
 */
export function ReferralStatusText({ status, unanswered = false }: { status: ReferralStatus; unanswered?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row>
      <Badge data-status={status}>{t(`referrals.status.${status}`)}</Badge>
      {unanswered && (
        <Badge data-flag="unanswered" title={t('referrals.unansweredHint')} data-testid="unanswered-flag">
          {t('referrals.unanswered')}
        </Badge>
      )}
    </Row>
  );
}

const Row = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
`;

const Badge = styled.span`
  ${tokens.typography.bodySemiBoldSmall};
  padding: 0 ${tokens.spacing.xs};
  border: 1px solid ${tokens.colors.depthDark2};
  border-radius: ${tokens.radiuses.basic};
  color: ${tokens.colors.blackBase};
  background: ${tokens.colors.whiteBase};

  &[data-status='accepted'],
  &[data-status='completed'] {
    border-color: ${tokens.colors.successDark1};
    background: ${tokens.colors.successSecondary};
  }

  &[data-flag='unanswered'] {
    border-color: ${tokens.colors.alertBase};
    background: ${tokens.colors.alertLight1};
  }
`;
