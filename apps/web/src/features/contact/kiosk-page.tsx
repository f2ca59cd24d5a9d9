import { useParams } from 'react-router-dom';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { usePageTitle } from '../../ui/use-page-title';
import { useLocalize } from '../catalog/format';
import { useLocationQueues, useTakeTicket } from './api';
import { QueueFacts } from './walk-in-queue';

/** The number just taken, large, and announced to screen readers. */
function TakenTicket({ number, service, position }: { number: number; service: string; position: number | null }) {
  const { t } = useLocalize();
  return (
    <Taken role="status">
      <Paragraph>{t('contact.kiosk.yourNumber', { service })}</Paragraph>
      <BigNumber>{number}</BigNumber>
      {position !== null && <Paragraph>{t('contact.kiosk.position', { position })}</Paragraph>}
    </Taken>
  );
}

/**
 * The kiosk at the location's door: no login, large text and large buttons. A resident takes a
 * queue number for a walk-in service that is open now.
 */
export function KioskPage() {
  const { locationId = '' } = useParams();
  const { t, text } = useLocalize();
  const queues = useLocationQueues(locationId);
  const take = useTakeTicket('kiosk');
  usePageTitle(queues.data ? t('contact.kiosk.title', { place: text(queues.data.location.name) }) : t('contact.kiosk.heading'));
  if (queues.isPending) return <Loading />;
  if (queues.isError) return <LoadError message={isApiError(queues.error, 404) ? t('contact.kiosk.noPlace') : t('contact.loadError')} onRetry={() => void queues.refetch()} />;
  const taken = take.data;
  return (
    <Kiosk>
      <Heading variant="h1" mb="m">
        {text(queues.data.location.name)}
      </Heading>
      {taken && <TakenTicket number={taken.number} service={text(taken.serviceName)} position={taken.position} />}
      {take.isError && (
        <InlineAlert status="error" role="alert" mb="m">
          {isApiError(take.error, 409) ? t('contact.kiosk.closed') : isApiError(take.error, 429) ? t('contact.kiosk.busy') : t('contact.kiosk.failed')}
        </InlineAlert>
      )}
      {queues.data.services.length === 0 && <Paragraph>{t('contact.kiosk.noWalkIn')}</Paragraph>}
      {queues.data.services.map((q) => (
        <Service key={q.serviceId}>
          <Heading variant="h2" mb="xs">
            {text(q.name)}
          </Heading>
          <QueueFacts queue={q} />
          <Button disabled={!q.open || take.isPending} onClick={() => take.mutate({ locationId, serviceId: q.serviceId })}>
            {t('contact.kiosk.take')}
          </Button>
        </Service>
      ))}
    </Kiosk>
  );
}

const Kiosk = styled.div`
  font-size: 1.5rem;
  line-height: 1.5;

  button {
    min-height: 64px;
    font-size: 1.5rem;
  }
`;

const Service = styled.section`
  margin-bottom: ${tokens.spacing.xl};
`;

const Taken = styled.div`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  border: 4px solid ${tokens.colors.highlightBase};
  text-align: center;
`;

const BigNumber = styled.p`
  margin: 0;
  font-size: 6rem;
  font-weight: 700;
`;
