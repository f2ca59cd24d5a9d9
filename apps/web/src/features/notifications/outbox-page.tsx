import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useOutbox } from './api';

/** The development outbox: every message that was sent, or in development would have been. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.outbox.title'));
  const format = useDateFormat();
  const outbox = useOutbox();
  return (
    <>
      <PageHeading>{t('notifications.outbox.title')}</PageHeading>
      <Paragraph mb="l">{t('notifications.outbox.intro')}</Paragraph>
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <LoadError message={t('notifications.loadError')} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.length === 0 ? (
        <Paragraph>{t('notifications.outbox.empty')}</Paragraph>
      ) : (
        <Scroll>
          <table>
            <caption>{t('notifications.outbox.caption')}</caption>
            <thead>
              <tr>
                {(['time', 'to', 'channel', 'language', 'subject', 'body', 'status'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`notifications.outbox.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {outbox.data.map((m) => (
                <tr key={m.id}>
                  <td>{format.dateTime(m.createdAt)}</td>
                  <td>{m.to}</td>
                  <td>{t(`notifications.channels.${m.channel}`)}</td>
                  <td>{m.language}</td>
                  <td>{m.subject}</td>
                  <td>{m.body}</td>
                  <td>
                    {t(`notifications.outbox.status.${m.status}`)}
                    {m.error && ` (${m.error})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </>
  );
}

const Scroll = styled.div`
  overflow-x: auto;

  table {
    border-collapse: collapse;
  }

  th,
  td {
    padding: ${tokens.spacing.xs};
    border-bottom: 1px solid ${tokens.colors.depthLight1};
    text-align: left;
    vertical-align: top;
  }
`;
