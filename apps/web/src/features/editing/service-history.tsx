import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph, Text } from 'suomifi-ui-components';
import type { ServiceStatus } from '@avain/domain';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useServiceHistory, type HistoryEntry } from './api';
import { useFieldNames } from './change-rows';
import { useEditingFormat } from './format';

const KNOWN_ACTIONS = ['proposed', 'approved', 'returned', 'updated', 'status', 'imported'] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
const isKnown = (action: string): action is KnownAction => (KNOWN_ACTIONS as readonly string[]).includes(action);

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const fieldNames = useFieldNames();
  const status = entry.changes.status as { from?: ServiceStatus; to?: ServiceStatus } | undefined;
  const fields = entry.action === 'status' || entry.action === 'imported' ? [] : fieldNames(entry.changes);
  return (
    <Item>
      <Text variant="bold">
        {t('editing.history.entry', {
          action: isKnown(entry.action) ? t(`editing.history.actions.${entry.action}`) : entry.action,
          name: entry.changedByName ?? t('editing.history.unknownUser'),
        })}
      </Text>
      <Meta>
        <time dateTime={entry.changedAt}>{format.dateTime(entry.changedAt)}</time>
      </Meta>
      {fields.length > 0 && <Paragraph>{t('editing.history.changed', { fields: fields.join(', ') })}</Paragraph>}
      {status?.from && status.to && (
        <Paragraph>{t('editing.history.statusChange', { from: t(`editing.statuses.${status.from}`), to: t(`editing.statuses.${status.to}`) })}</Paragraph>
      )}
      {entry.comment && (
        <Comment>
          <Text variant="bold">{t('editing.history.comment')}: </Text>
          {entry.comment}
        </Comment>
      )}
    </Item>
  );
}

/** Who changed what and when, newest first, with the coordinator's comments on returned changes. */
export function ServiceHistory({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const history = useServiceHistory(serviceId);
  return (
    <section aria-labelledby="history-heading">
      <Heading variant="h2" id="history-heading" mb="m">
        {t('editing.history.heading')}
      </Heading>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <LoadError message={t('editing.history.error')} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Paragraph>{t('editing.history.empty')}</Paragraph>
      ) : (
        <List data-testid="service-history">
          {history.data.map((entry, i) => (
            <Entry key={`${entry.changedAt}-${i}`} entry={entry} />
          ))}
        </List>
      )}
    </section>
  );
}

const List = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled.li`
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const Meta = styled.p`
  margin: 0 0 ${tokens.spacing.xxs};
  color: ${tokens.colors.depthDark1};
  ${tokens.typography.bodyTextSmall};
`;

const Comment = styled.p`
  margin: ${tokens.spacing.xs} 0 0;
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  background: ${tokens.colors.warningLight1};
  white-space: pre-wrap;
`;
