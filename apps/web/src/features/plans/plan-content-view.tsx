import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, Text } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import type { Plan } from './api';

/** The plan's content for reading: the same for the client, a guardian and the team. */
export function PlanContentView({ plan, actionsTitle }: { plan: Plan; actionsTitle: string }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const { content } = plan;
  return (
    <>
      <Facts>
        <dt>{t('plans.state')}</dt>
        <dd>{t(`plans.states.${plan.state}`)}</dd>
        <dt>{t('plans.responsible')}</dt>
        <dd>{plan.responsibleWorker.name}</dd>
        <dt>{t('plans.nextReview')}</dt>
        <dd>{plan.nextReviewOn ? date(plan.nextReviewOn) : '–'}</dd>
      </Facts>
      <Heading variant="h2" mb="xs">
        {t('plans.summary.title')}
      </Heading>
      <Paragraph mb="m">{content.summary}</Paragraph>
      <Heading variant="h2" mb="xs">
        {t('plans.goals.title')}
      </Heading>
      {content.goals.length === 0 ? (
        <Paragraph mb="m">{t('plans.goals.none')}</Paragraph>
      ) : (
        <List>
          {content.goals.map((g) => (
            <li key={g.id}>
              <Text variant="bold">{g.text}</Text>
              {g.indicator && <Paragraph>{`${t('plans.goals.indicator')}: ${g.indicator}`}</Paragraph>}
              {g.targetDate && <Paragraph>{`${t('plans.goals.targetDate')}: ${date(g.targetDate)}`}</Paragraph>}
            </li>
          ))}
        </List>
      )}
      <Heading variant="h2" mb="xs">
        {t('plans.services.title')}
      </Heading>
      {content.services.length === 0 ? (
        <Paragraph mb="m">{t('plans.services.none')}</Paragraph>
      ) : (
        <List>
          {content.services.map((s) => (
            <li key={s.serviceId}>
              <Text variant="bold">{s.name}</Text> <Text>({s.producer})</Text>
              <Paragraph>{`${s.frequency}, ${date(s.from)} – ${s.to ? date(s.to) : ''}`}</Paragraph>
            </li>
          ))}
        </List>
      )}
      <Heading variant="h2" mb="xs">
        {actionsTitle}
      </Heading>
      {content.clientActions.length === 0 ? (
        <Paragraph mb="m">{t('plans.actions.none')}</Paragraph>
      ) : (
        <List>
          {content.clientActions.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </List>
      )}
      <Heading variant="h2" mb="xs">
        {t('plans.team.title')}
      </Heading>
      <List>
        {content.team.map((m) => (
          <li key={m.kind === 'staff' ? m.userId : m.id}>
            <Text variant="bold">{m.name}</Text>
            {m.kind === 'staff' && m.userId === content.responsibleWorkerId && <Text>{` – ${t('plans.responsible')}`}</Text>}
            <Paragraph>{[m.role, m.kind === 'staff' ? m.unit : m.organisation].filter(Boolean).join(', ')}</Paragraph>
            {(m.phone || m.email) && (
              <Paragraph>
                {`${t('plans.team.contact')}: `}
                {m.phone && <a href={`tel:${m.phone.replace(/\s/g, '')}`}>{m.phone}</a>}
                {m.phone && m.email && ', '}
                {m.email && <a href={`mailto:${m.email}`}>{m.email}</a>}
              </Paragraph>
            )}
          </li>
        ))}
      </List>
    </>
  );
}

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.spacing.xs} ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.l};
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
`;

const List = styled.ul`
  margin: 0 0 ${tokens.spacing.l};
  padding-left: ${tokens.spacing.l};
  li {
    margin-bottom: ${tokens.spacing.s};
  }
`;
