import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { CLIENT_DATA_ROLES } from '@avain/domain';
import { useSession } from '../auth/session';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useTasks, type Task } from './api';

/** Where each task is done. */
const linkOf = (task: Task): string => {
  switch (task.kind) {
    case 'plan_review_due':
      return `/clients/${task.clientId}/plan`;
    case 'referral_unanswered':
      return '/referrals';
    case 'pre_assessment_to_review':
      return `/clients/${task.clientId}/assessments/new?review=${task.subjectId}`;
  }
};

/** The professional's tasks on the front page: plan reviews due, unanswered referrals, pre-assessments to review. */
export function StaffTasks() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const session = useSession();
  const role = session.data?.user?.role;
  const isStaff = role !== undefined && CLIENT_DATA_ROLES.includes(role);
  const tasks = useTasks(isStaff);
  if (!isStaff) return null;

  return (
    <Box aria-labelledby="tasks-heading" data-testid="staff-tasks">
      <Heading variant="h2" id="tasks-heading" mb="s">
        {t('tasks.heading')}
      </Heading>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <LoadError message={t('tasks.loadFailed')} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.tasks.length === 0 ? (
        <Paragraph>{t('tasks.none')}</Paragraph>
      ) : (
        <List>
          {tasks.data.tasks.map((task) => (
            <li key={`${task.kind}-${task.subjectId}`}>
              <RouterLink asComponent={RouterDomLink} to={linkOf(task)}>
                {t(`tasks.kind.${task.kind}`, { client: task.clientName })}
              </RouterLink>
              <Text smallScreen>
                {' '}
                {t(`tasks.since.${task.kind}`, { date: format.date(task.since) })}
                {task.detail ? ` · ${task.detail}` : ''}
              </Text>
            </li>
          ))}
        </List>
      )}
    </Box>
  );
}

const Box = styled.section`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const List = styled.ul`
  margin: 0;
  padding-left: ${tokens.spacing.l};

  li + li {
    margin-top: ${tokens.spacing.xs};
  }
`;
