import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterDomLink, useParams } from 'react-router-dom';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph, RouterLink, Textarea, VisuallyHidden } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { useDateFormat } from '../../ui/date-format';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { usePageTitle } from '../../ui/use-page-title';
import { useLocalize } from '../catalog/format';
import { useMarkRead, useSendMessage, useSetStatus, useThread, type Message, type ThreadDetail } from './api';
import { HandoverDialog } from './handover-dialog';
import { useLiveMessages } from './live';
import { timelineOf } from './timeline';

/** One thread: its messages and handovers in order, the reply box, and for staff handover and closing. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const thread = useThread(id);
  useLiveMessages(true);
  usePageTitle(thread.data?.subject ?? t('messaging.title'));
  if (thread.isPending) return <Loading />;
  if (thread.isError) {
    const refused = isApiError(thread.error, 403) || isApiError(thread.error, 404);
    return <LoadError message={t(refused ? 'messaging.errors.noAccess' : 'messaging.errors.load')} onRetry={() => void thread.refetch()} />;
  }
  return <Thread thread={thread.data} />;
}

function Thread({ thread }: { thread: ThreadDetail }) {
  const { t, text } = useLocalize();
  const announcement = useArrivals(thread.messages);
  useReadMark(thread);
  return (
    <>
      <Paragraph mb="s">
        <RouterLink asComponent={RouterDomLink} to="/messages">
          {t('messaging.back')}
        </RouterLink>
      </Paragraph>
      <PageHeading>{thread.subject ?? t('messaging.list.noAccess')}</PageHeading>
      <Facts>
        {thread.staff && <dt>{t('messaging.thread.client')}</dt>}
        {thread.staff && <dd>{thread.client.name}</dd>}
        <dt>{t('messaging.thread.to')}</dt>
        <dd>{[thread.service ? text(thread.service.name) : null, text(thread.unit.name)].filter(Boolean).join(', ')}</dd>
        <dt>{t('messaging.thread.assigned')}</dt>
        <dd>{thread.assignedTo?.name ?? t('messaging.list.unassigned')}</dd>
        <dt>{t('messaging.thread.status')}</dt>
        <dd>{t(`messaging.status.${thread.status}`)}</dd>
      </Facts>
      {thread.staff && <StaffActions thread={thread} />}
      <TitledSection id="thread-messages" title={t('messaging.thread.messages')}>
        <Timeline thread={thread} />
      </TitledSection>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
      {thread.status === 'open' ? <Composer threadId={thread.id} /> : <Paragraph mb="l">{t('messaging.thread.closedNote')}</Paragraph>}
    </>
  );
}

/** Words for screen readers when someone else's message arrives while the page is open (not on first load). */
function useArrivals(messages: Message[]): string {
  const { t } = useTranslation();
  const newest = messages.at(-1)?.seq ?? 0;
  const seen = useRef(newest);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const arrived = messages.filter((m) => m.seq > seen.current && !m.mine);
    seen.current = Math.max(seen.current, newest);
    if (arrived.length > 0) setAnnouncement(t('messaging.thread.arrived', { name: arrived.at(-1)!.author.name, count: arrived.length }));
  }, [messages, newest, t]);
  return announcement;
}

/** Shown means read: the newest message on screen moves the read mark once. */
function useReadMark(thread: ThreadDetail) {
  const { mutate } = useMarkRead(thread.id);
  const newest = thread.messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (newest > thread.lastReadSeq) mutate(newest);
  }, [mutate, newest, thread.lastReadSeq]);
}

function Timeline({ thread }: { thread: ThreadDetail }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Entries>
      {timelineOf(thread).map((entry) =>
        entry.kind === 'message' ? (
          <Entry key={`m${entry.message.seq}`} $mine={entry.message.mine}>
            <Meta>
              {entry.message.mine ? t('messaging.thread.me') : entry.message.author.name} · <time dateTime={entry.message.createdAt}>{dateTime(entry.message.createdAt)}</time>
            </Meta>
            <Body>{entry.message.body}</Body>
          </Entry>
        ) : (
          <Entry key={`h${entry.handover.id}`} $mine={false} $note>
            <Meta>
              {t('messaging.handover.record', { from: entry.handover.from.name, to: entry.handover.to.name })} · <time dateTime={entry.handover.at}>{dateTime(entry.handover.at)}</time>
            </Meta>
            <Body>{entry.handover.note}</Body>
          </Entry>
        ),
      )}
    </Entries>
  );
}

function Composer({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const send = useSendMessage(threadId);
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return setEmpty(true);
    send.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Textarea
        id="message-body"
        labelText={t('messaging.composer.label')}
        hintText={t('messaging.composer.hint')}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          setEmpty(false);
        }}
        fullWidth
        status={empty ? 'error' : 'default'}
        statusText={empty ? t('messaging.composer.empty') : undefined}
      />
      {send.isError && (
        <InlineAlert status="error" role="alert" mt="s">
          {isApiError(send.error, 409) ? t('messaging.errors.closed') : t('messaging.errors.send')}
        </InlineAlert>
      )}
      <Button type="submit" mt="s" mb="l" loading={send.isPending || undefined} ariaLoadingText={t('messaging.composer.sending')}>
        {t('messaging.composer.send')}
      </Button>
    </form>
  );
}

function StaffActions({ thread }: { thread: ThreadDetail }) {
  const { t } = useTranslation();
  const status = useSetStatus(thread.id);
  const [handingOver, setHandingOver] = useState(false);
  const [done, setDone] = useState('');
  return (
    <Actions>
      {thread.status === 'open' && (
        <Button variant="secondary" onClick={() => setHandingOver(true)}>
          {t('messaging.handover.open')}
        </Button>
      )}
      <Button variant="secondary" loading={status.isPending || undefined} ariaLoadingText={t('messaging.composer.sending')} onClick={() => status.mutate(thread.status === 'open' ? 'close' : 'reopen')}>
        {t(thread.status === 'open' ? 'messaging.thread.close' : 'messaging.thread.reopen')}
      </Button>
      {status.isError && (
        <InlineAlert status="error" role="alert">
          {t('messaging.errors.status')}
        </InlineAlert>
      )}
      <div role="status">{done}</div>
      {handingOver && (
        <HandoverDialog
          threadId={thread.id}
          onClose={() => setHandingOver(false)}
          onDone={(name) => {
            setHandingOver(false);
            setDone(t('messaging.handover.done', { name }));
          }}
        />
      )}
    </Actions>
  );
}

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.m};
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
  align-items: center;
  margin-bottom: ${tokens.spacing.l};
`;

const Entries = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Entry = styled.li<{ $mine: boolean; $note?: boolean }>`
  margin: 0 0 ${tokens.spacing.s} ${({ $mine }) => ($mine ? tokens.spacing.xl : 0)};
  margin-right: ${({ $mine }) => ($mine ? 0 : tokens.spacing.xl)};
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
  background: ${({ $mine, $note }) => ($note ? tokens.colors.warningLight1 : $mine ? tokens.colors.highlightLight3 : tokens.colors.whiteBase)};
`;

const Meta = styled.p`
  margin: 0 0 ${tokens.spacing.xxs};
  font-size: 0.875em;
  color: ${tokens.colors.blackBase};
`;

const Body = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;
