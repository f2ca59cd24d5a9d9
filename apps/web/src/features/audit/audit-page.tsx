import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Paragraph, Table } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { currentLanguage, languageLocales } from '../../i18n';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { NoAccess } from '../auth/no-access';
import { useRoleTexts } from '../auth/roles';
import { sessionQueryKey } from '../auth/session';
import { useAuditEvents, type AuditEvent } from './audit-events';
import { PageHeading } from '../../ui/page-heading';

const columns = [
  { key: 'time', labelText: 'audit.time' },
  { key: 'actor', labelText: 'audit.actor' },
  { key: 'role', labelText: 'audit.role' },
  { key: 'action', labelText: 'audit.action' },
  { key: 'resource', labelText: 'audit.resource' },
  { key: 'outcome', labelText: 'audit.outcome' },
] as const;

function useEventRows(events: AuditEvent[]) {
  const { t } = useTranslation();
  const roles = useRoleTexts();
  // Audit times are read against office hours, so they are shown in Finnish time.
  const format = new Intl.DateTimeFormat(languageLocales[currentLanguage()], {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Helsinki',
  });
  const none = t('audit.none');
  return events.map((event) => ({
    id: event.id,
    time: <time dateTime={event.at}>{format.format(new Date(event.at))}</time>,
    actor: event.actorName ?? event.actorId ?? none,
    role: event.actorRole === null ? none : roles.label(event.actorRole),
    action: <Code>{event.action}</Code>,
    resource: event.resourceType === null ? none : [event.resourceType, event.resourceId].filter(Boolean).join(' '),
    outcome: <Outcome data-outcome={event.outcome}>{t(`audit.outcomes.${event.outcome}`)}</Outcome>,
  }));
}

function AuditEvents() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const events = useAuditEvents();
  const expired = isApiError(events.error, 401);

  useEffect(() => {
    // The session ran out after the page opened: refreshing it sends the user to log in.
    if (expired) void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  }, [expired, queryClient]);

  const shownRef = useRef<HTMLParagraphElement>(null);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  const showMore = async () => {
    const result = await events.fetchNextPage();
    // The button goes away with the last page; focus would drop to the page start without this.
    if (!result.hasNextPage) shownRef.current?.focus();
  };
  const rows = useEventRows(items);

  if (events.isPending) return <Loading />;
  if (isApiError(events.error, 403)) return <NoAccess />;
  if (events.isError && items.length === 0) {
    return <LoadError message={t('audit.error')} onRetry={() => void events.refetch()} />;
  }
  if (items.length === 0) return <Paragraph>{t('audit.empty')}</Paragraph>;

  return (
    <>
      <Table
        caption={t('audit.caption')}
        columns={columns.map((column) => ({ key: column.key, labelText: t(column.labelText) }))}
        data={rows}
        condensed
        mb="m"
      />
      <Footer>
        <Paragraph aria-live="polite" tabIndex={-1} ref={shownRef}>
          {t('audit.shown', { count: items.length })}
        </Paragraph>
        {events.hasNextPage && (
          <Button
            variant="secondary"
            loading={events.isFetchingNextPage || undefined}
            ariaLoadingText={t('audit.loadingMore')}
            onClick={showMore}
          >
            {t('audit.loadMore')}
          </Button>
        )}
      </Footer>
      {events.isFetchNextPageError && (
        <LoadError message={t('audit.error')} onRetry={() => void events.fetchNextPage()} />
      )}
    </>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <Paragraph mb="l">{t('audit.intro')}</Paragraph>
      <AuditEvents />
    </>
  );
}

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
`;

const Outcome = styled.span`
  font-weight: 600;

  &[data-outcome='success'] {
    color: ${tokens.colors.successDark1};
  }

  &[data-outcome='failure'],
  &[data-outcome='denied'] {
    color: ${tokens.colors.alertBase};
  }
`;

const Code = styled.code`
  font-size: 0.85em;
`;
