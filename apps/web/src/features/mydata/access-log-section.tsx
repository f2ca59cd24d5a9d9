import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Paragraph, Table } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useRoleTexts } from '../auth/roles';
import { isRefused, useAccessTexts } from './access-texts';
import { useAccessLog, type AccessEvent } from './api';

const columns = [
  { key: 'when', labelText: 'mydata.log.columns.when' },
  { key: 'who', labelText: 'mydata.log.columns.who' },
  { key: 'what', labelText: 'mydata.log.columns.what' },
  { key: 'register', labelText: 'mydata.log.columns.register' },
  { key: 'why', labelText: 'mydata.log.columns.why' },
  { key: 'outcome', labelText: 'mydata.log.columns.outcome' },
] as const;

function useRows(events: AccessEvent[]) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const roles = useRoleTexts();
  const texts = useAccessTexts();
  return events.map((event) => ({
    id: String(event.seq),
    when: <time dateTime={event.at}>{dateTime(event.at)}</time>,
    who: (
      <>
        <strong>{event.who.name ?? t('mydata.log.unknownPerson')}</strong>
        {event.who.role && <Detail>{roles.label(event.who.role)}</Detail>}
        {event.who.organization && <Detail>{event.who.organization}</Detail>}
      </>
    ),
    what: texts.action(event),
    register: texts.register(event),
    why: texts.why(event),
    outcome: (
      <Outcome data-refused={isRefused(event)} data-testid="access-outcome">
        {isRefused(event) ? t('mydata.log.outcomes.refused') : t('mydata.log.outcomes.allowed')}
      </Outcome>
    ),
  }));
}

/** "Who saw my data": every read and write of the client's data, newest first, refusals included. */
export function AccessLogSection({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  const log = useAccessLog(forId);
  const shownRef = useRef<HTMLParagraphElement>(null);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  const rows = useRows(items);

  const showMore = async () => {
    const result = await log.fetchNextPage();
    // The button goes away with the last page; focus would drop to the page start without this.
    if (!result.hasNextPage) shownRef.current?.focus();
  };

  const body = () => {
    if (log.isPending) return <Loading />;
    if (log.isError && items.length === 0) return <LoadError message={t('mydata.log.error')} onRetry={() => void log.refetch()} />;
    if (items.length === 0) return <Paragraph>{t('mydata.log.empty')}</Paragraph>;
    return (
      <>
        {/* Focusable so keyboard users can scroll it too when it overflows. */}
        <Scroll tabIndex={0} role="region" aria-label={t('mydata.log.caption')}>
          <Table
            caption={t('mydata.log.caption')}
            columns={columns.map((column) => ({ key: column.key, labelText: t(column.labelText) }))}
            data={rows}
            condensed
            mb="m"
            data-testid="access-log"
          />
        </Scroll>
        <Footer>
          <Paragraph aria-live="polite" tabIndex={-1} ref={shownRef}>
            {t('mydata.log.shown', { count: items.length })}
          </Paragraph>
          {log.hasNextPage && (
            <Button variant="secondary" loading={log.isFetchingNextPage || undefined} ariaLoadingText={t('mydata.log.loadingMore')} onClick={showMore}>
              {t('mydata.log.loadMore')}
            </Button>
          )}
        </Footer>
        {log.isFetchNextPageError && <LoadError message={t('mydata.log.error')} onRetry={() => void log.fetchNextPage()} />}
      </>
    );
  };

  return (
    <TitledSection id="mydata-log" title={t('mydata.sections.log')}>
      <Paragraph mb="m">{t('mydata.log.intro')}</Paragraph>
      {body()}
    </TitledSection>
  );
}

/**
 * Names, organisations and reasons are long: they wrap instead of Suomi.fi's one-line cells, and
 * what still does not fit on a phone scrolls sideways.
 */
const Scroll = styled.div`
  overflow-x: auto;

  .fi-table {
    white-space: normal;
  }

  td {
    word-break: normal;
    overflow-wrap: normal;
  }
`;

const Detail = styled.span`
  display: block;
`;

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
`;

const Outcome = styled.span`
  font-weight: 600;
  color: ${tokens.colors.successDark1};

  &[data-refused='true'] {
    padding: 0 ${tokens.spacing.xxs};
    background: ${tokens.colors.alertLight1};
    border: 1px solid ${tokens.colors.alertBase};
    border-radius: ${tokens.radiuses.basic};
    color: ${tokens.colors.alertBase};
  }
`;
