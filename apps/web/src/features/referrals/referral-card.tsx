import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import type { ReferralAction } from '@avain/domain';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { Facts } from '../clients/facts';
import { AnswerDialog } from './answer-dialog';
import type { Referral } from './api';
import { ReferralStatusText } from './status';

interface Props {
  referral: Referral;
  /** Heading level below the section's own h2 (h3), or a page's h1 (h2). */
  level?: 'h2' | 'h3';
  /** Whose name leads the heading: the client's for lists of many clients, or just the service. */
  showClient?: boolean;
  onDone: (message: string) => void;
}

/** One referral: where to, for whom, the handover note and the answer, with the moves the viewer may make. */
export function ReferralCard({ referral, level = 'h3', showClient = true, onDone }: Props) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const headingId = `referral-${referral.id}`;
  const client = referral.client.age === null ? referral.client.name : `${referral.client.name}, ${t('referrals.fields.age', { age: referral.client.age })}`;

  return (
    <Card aria-labelledby={headingId} data-testid="referral-item">
      <Heading variant={level} id={headingId} mb="s">
        {showClient ? t('referrals.itemHeading', { service: referral.service.name, client: referral.client.name }) : referral.service.name}
      </Heading>
      <Facts
        facts={[
          { term: t('referrals.fields.status'), value: <ReferralStatusText status={referral.status} unanswered={referral.unanswered} /> },
          { term: t('referrals.fields.client'), value: showClient ? client : null },
          { term: t('referrals.fields.phone'), value: showClient ? referral.client.phone : null },
          { term: t('referrals.fields.organization'), value: referral.organization.name },
          { term: t('referrals.fields.referrer'), value: referral.referrer.name },
          { term: t('referrals.fields.sentAt'), value: <time dateTime={referral.sentAt}>{format.dateTime(referral.sentAt)}</time> },
          { term: t('referrals.fields.handoverNote'), value: <Note>{referral.handoverNote}</Note> },
          { term: t('referrals.fields.responseNote'), value: referral.responseNote },
          { term: t('referrals.fields.answeredBy'), value: referral.answeredBy },
        ]}
      />
      {referral.actions.length > 0 && (
        <Actions>
          {referral.actions.map((a) => (
            // Many cards have the same buttons: the heading tells which referral each one is for.
            <Button key={a} variant={a === 'accept' ? 'default' : 'secondary'} aria-describedby={headingId} onClick={() => setAction(a)}>
              {t(`referrals.actions.${a}`)}
            </Button>
          ))}
        </Actions>
      )}
      {action && (
        <AnswerDialog
          referral={referral}
          action={action}
          onClose={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            onDone(message);
          }}
        />
      )}
    </Card>
  );
}

const Card = styled.article`
  margin-bottom: ${tokens.spacing.m};
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

/** The note keeps the writer's line breaks. */
const Note = styled.span`
  white-space: pre-line;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;
