import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useDateFormat } from '../../ui/date-format';
import { usePageTitle } from '../../ui/use-page-title';
import { useLocalize } from '../catalog/format';
import type { Ward } from '../mydata/api';
import { WhoseData } from '../mydata/whose-data';
import { useSession } from '../auth/session';
import { useThreads, type Thread } from './api';
import { useLiveMessages } from './live';

/** Viestit: a resident's threads with their care team and services, or a professional's work list of threads. */
export function ThreadsPage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.title'));
  const [acting, setActing] = useState<Ward | null>(null);
  const threads = useThreads(acting?.id);
  useLiveMessages(true);
  // From the session, not the answer: the chooser must stay while a switch loads the other list.
  const staff = useSession().data?.user?.role !== 'resident';
  return (
    <>
      <PageHeading>{t('messaging.title')}</PageHeading>
      <Paragraph mb="m">{t(staff ? 'messaging.staffIntro' : 'messaging.intro')}</Paragraph>
      {!staff && (
        <>
          <WhoseData acting={acting} onSwitch={setActing} />
          <Paragraph mb="l">
            <RouterLink asComponent={RouterDomLink} to={acting ? `/messages/new?for=${acting.id}` : '/messages/new'}>
              {t('messaging.new.link')}
            </RouterLink>
          </Paragraph>
        </>
      )}
      {threads.isPending ? (
        <Loading />
      ) : threads.isError ? (
        <LoadError message={t('messaging.errors.load')} onRetry={() => void threads.refetch()} />
      ) : staff ? (
        <>
          <TitledSection id="threads-assigned" title={t('messaging.list.assigned')}>
            <ThreadList threads={threads.data.threads.filter((th) => th.listedAs === 'assigned')} showClient />
          </TitledSection>
          <TitledSection id="threads-inbox" title={t('messaging.list.inbox')}>
            <ThreadList threads={threads.data.threads.filter((th) => th.listedAs === 'inbox')} showClient />
          </TitledSection>
        </>
      ) : (
        <TitledSection id="threads-mine" title={t('messaging.list.mine')}>
          <ThreadList threads={threads.data.threads} showClient={false} />
        </TitledSection>
      )}
    </>
  );
}

function ThreadList({ threads, showClient }: { threads: Thread[]; showClient: boolean }) {
  const { t, text } = useLocalize();
  const { dateTime } = useDateFormat();
  if (threads.length === 0) return <Paragraph>{t('messaging.list.empty')}</Paragraph>;
  return (
    <List>
      {threads.map((thread) => (
        <Row key={thread.id} $unread={thread.unread > 0}>
          <RouterLink asComponent={RouterDomLink} to={`/messages/${thread.id}`}>
            {thread.subject ?? t('messaging.list.noAccess')}
            {showClient && ` – ${thread.client.name}`}
          </RouterLink>
          {thread.unread > 0 && <Unread>{t('messaging.list.unread', { count: thread.unread })}</Unread>}
          <Text smallScreen>
            {[
              thread.service ? text(thread.service.name) : null,
              text(thread.unit.name),
              thread.assignedTo ? t('messaging.list.assignedTo', { name: thread.assignedTo.name }) : t('messaging.list.unassigned'),
              thread.status === 'closed' ? t('messaging.status.closed') : null,
              t('messaging.list.last', { time: dateTime(thread.lastMessageAt) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Row>
      ))}
    </List>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Row = styled.li<{ $unread: boolean }>`
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.xxs};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.xs};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-left: 4px solid ${({ $unread }) => ($unread ? tokens.colors.highlightBase : tokens.colors.depthLight1)};
  font-weight: ${({ $unread }) => ($unread ? 600 : 'normal')};
`;

const Unread = styled.span`
  color: ${tokens.colors.highlightDark1};
`;
