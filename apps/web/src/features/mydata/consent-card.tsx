import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, Heading } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import type { Consent } from './api';
import { Fact, FactList } from './fact-list';
import { RegisterTag } from './register-tag';

const HISTORY_ACTIONS = ['given', 'changed', 'revoked'] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];
const isHistoryAction = (action: string): action is HistoryAction => (HISTORY_ACTIONS as readonly string[]).includes(action);

/** Only a consent that is or will be in effect can still be changed or revoked. */
export const isOpen = (consent: Consent) => consent.status === 'active' || consent.status === 'scheduled';

function History({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Expander mt="s">
      <ExpanderTitleButton asHeading="h4">{t('mydata.consents.history', { count: consent.history.length })}</ExpanderTitleButton>
      <ExpanderContent>
        <HistoryList data-testid="consent-history">
          {consent.history.map((event) => (
            <li key={`${event.version}-${event.action}`}>
              <strong>{t(`mydata.consents.actions.${isHistoryAction(event.action) ? event.action : 'changed'}`)}</strong>{' '}
              <time dateTime={event.at}>{dateTime(event.at)}</time>, {event.byName}
            </li>
          ))}
        </HistoryList>
      </ExpanderContent>
    </Expander>
  );
}

interface Props {
  consent: Consent;
  onChange: () => void;
  onRevoke: () => void;
}

export function ConsentCard({ consent, onChange, onRevoke }: Props) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const validity = consent.validTo
    ? t('mydata.consents.validBetween', { from: date(consent.validFrom), to: date(consent.validTo) })
    : t('mydata.consents.validFrom', { from: date(consent.validFrom) });

  return (
    <Card data-testid="consent" data-status={consent.status} aria-labelledby={`consent-${consent.id}`}>
      <Heading variant="h3" id={`consent-${consent.id}`} mb="xs">
        {t(`mydata.purposes.${consent.purpose}`)}: <Status data-status={consent.status}>{t(`mydata.consents.status.${consent.status}`)}</Status>
      </Heading>
      <FactList>
        <Fact label={t('mydata.consents.registers')}>
          <Tags>
            {consent.registers.map((register) => (
              <RegisterTag key={register} register={register} />
            ))}
          </Tags>
        </Fact>
        <Fact label={t('mydata.consents.organizations')}>{consent.organizations.map((o) => o.name).join(', ')}</Fact>
        <Fact label={t('mydata.consents.validity')}>{validity}</Fact>
        {consent.revokedAt && <Fact label={t('mydata.consents.revokedAt')}>{date(consent.revokedAt)}</Fact>}
        <Fact label={t('mydata.consents.givenBy')}>{consent.givenBy}</Fact>
      </FactList>
      {isOpen(consent) && (
        <Buttons>
          <Button variant="secondary" onClick={onChange}>
            {t('mydata.consents.change')}
          </Button>
          <Button variant="secondary" onClick={onRevoke}>
            {t('mydata.consents.revoke')}
          </Button>
        </Buttons>
      )}
      <History consent={consent} />
    </Card>
  );
}

const Card = styled.section`
  margin-bottom: ${tokens.spacing.m};
  padding: ${tokens.spacing.m};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};

  &[data-status='revoked'],
  &[data-status='expired'] {
    background: ${tokens.colors.depthLight3};
  }
`;

const Status = styled.span`
  &[data-status='active'] {
    color: ${tokens.colors.successDark1};
  }

  &[data-status='revoked'],
  &[data-status='expired'] {
    color: ${tokens.colors.blackBase};
  }
`;

const Tags = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xxs};
`;

const Buttons = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
`;

const HistoryList = styled.ol`
  margin: 0;
  padding-left: ${tokens.spacing.l};
`;
