import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useMyReferrals } from './api';
import { ReferralStatusText } from './status';

/** The resident's referrals (or a ward's, by `forId`): where to, by whom, and how far each has come. */
export function MyReferrals({ forId }: { forId?: string } = {}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const referrals = useMyReferrals(forId);

  const body = () => {
    if (referrals.isPending) return <Loading />;
    if (referrals.isError) return <LoadError message={t('referrals.mine.error')} onRetry={() => void referrals.refetch()} />;
    if (referrals.data.length === 0) return <Paragraph>{t('referrals.mine.none')}</Paragraph>;
    return (
      <List>
        {referrals.data.map((r) => (
          <Item key={r.id} data-testid="my-referral">
            <Heading variant="h3" mb="xxs">
              {r.service}
            </Heading>
            <Paragraph>{r.organization}</Paragraph>
            <Paragraph>
              <ReferralStatusText status={r.status} />
            </Paragraph>
            <Paragraph>
              {t('referrals.mine.referredBy', { name: r.referrer })}, <time dateTime={r.sentAt}>{t('referrals.mine.sentOn', { date: format.date(r.sentAt) })}</time>
            </Paragraph>
            {r.responseNote && <Paragraph>{t('referrals.mine.answer', { note: r.responseNote })}</Paragraph>}
          </Item>
        ))}
      </List>
    );
  };

  return (
    <TitledSection id="my-referrals" title={t('referrals.mine.heading')}>
      <Paragraph mb="m">{t('referrals.mine.intro')}</Paragraph>
      {body()}
    </TitledSection>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  margin-bottom: ${tokens.spacing.m};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border-left: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.whiteBase};
`;
