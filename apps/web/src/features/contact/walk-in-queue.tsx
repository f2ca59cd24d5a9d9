import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { RouterLink } from 'suomifi-ui-components';
import { TitledSection } from '../../ui/titled-section';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import { useLocationQueues, type LocationQueues } from './api';

type QueueRow = LocationQueues['services'][number];

/** One queue in words: open or not, how many wait, the number served and the expected wait. */
export function QueueFacts({ queue }: { queue: QueueRow }) {
  const { t } = useLocalize();
  const hours = queue.hoursToday.map((h) => `${h.opens}–${h.closes}`).join(', ');
  return (
    <Facts>
      <li>{queue.open ? t('contact.queue.openNow', { hours }) : hours ? t('contact.queue.closedNowToday', { hours }) : t('contact.queue.closedToday')}</li>
      <li>{t('contact.queue.waiting', { count: queue.waiting })}</li>
      <li>{queue.nowServing === null ? t('contact.queue.noneCalled') : t('contact.queue.nowServing', { number: queue.nowServing })}</li>
      {queue.open && <li>{t('contact.queue.estimate', { minutes: queue.estimatedWaitMinutes })}</li>}
    </Facts>
  );
}

/**
 * The walk-in queues of a location for its page: per service the queue length and the estimated
 * wait, refreshed every half minute. Nothing is shown where the location has no walk-in.
 */
export function WalkInQueue({ locationId }: { locationId: string }) {
  const { t, text } = useLocalize();
  const queues = useLocationQueues(locationId);
  if (!queues.data || queues.data.services.length === 0) return null;
  return (
    <TitledSection id="walk-in-queue" title={t('contact.queue.heading')}>
      {queues.data.services.map((q) => (
        <Queue key={q.serviceId} aria-label={text(q.name)}>
          <strong>{text(q.name)}</strong>
          <QueueFacts queue={q} />
          {q.open && (
            <RouterLink asComponent={RouterDomLink} to={`/walk-in?${new URLSearchParams({ locationId })}`}>
              {t('contact.queue.takeOnline')}
            </RouterLink>
          )}
        </Queue>
      ))}
    </TitledSection>
  );
}

const Queue = styled.section`
  margin-bottom: ${tokens.spacing.m};
`;

const Facts = styled.ul`
  margin: ${tokens.spacing.xxs} 0;
  padding-left: ${tokens.spacing.m};
`;
