import { useSearchParams } from 'react-router-dom';
import styled from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { isApiError } from '../../api/client';
import { PageHeading } from '../../ui/page-heading';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { usePageTitle } from '../../ui/use-page-title';
import { useLocalize } from '../catalog/format';
import { useLocationQueues, useMyTickets, useTakeTicket, type Ticket } from './api';
import { QueueFacts } from './walk-in-queue';

function TicketCard({ ticket }: { ticket: Ticket }) {
  const { t, text } = useLocalize();
  return (
    <Card aria-label={t('contact.walkIn.ticketLabel', { number: ticket.number })}>
      <BigNumber>{ticket.number}</BigNumber>
      <Paragraph>
        {text(ticket.serviceName)}, {text(ticket.locationName)}
      </Paragraph>
      <Paragraph>
        {ticket.status === 'waiting'
          ? t('contact.walkIn.waiting', { position: ticket.position, minutes: ticket.estimatedWaitMinutes })
          : ticket.status === 'called'
            ? t('contact.walkIn.called', { to: ticket.calledTo })
            : t(`contact.walkIn.status.${ticket.status}`)}
      </Paragraph>
    </Card>
  );
}

function MyTickets() {
  const { t } = useLocalize();
  const tickets = useMyTickets();
  if (tickets.isPending) return <Loading />;
  if (tickets.isError) return <LoadError message={t('contact.loadError')} onRetry={() => void tickets.refetch()} />;
  if (tickets.data.length === 0) return <Paragraph mb="m">{t('contact.walkIn.none')}</Paragraph>;
  return tickets.data.map((ticket) => <TicketCard key={ticket.id} ticket={ticket} />);
}

/** The walk-in services of the location the resident came from, each with a button to take a number. */
function TakeAt({ locationId }: { locationId: string }) {
  const { t, text } = useLocalize();
  const queues = useLocationQueues(locationId);
  const take = useTakeTicket('online');
  if (queues.isPending) return <Loading />;
  if (queues.isError) return <LoadError message={t('contact.loadError')} onRetry={() => void queues.refetch()} />;
  return (
    <TitledSection id="walk-in-take" title={t('contact.walkIn.takeAt', { place: text(queues.data.location.name) })}>
      {take.isError && (
        <InlineAlert status="error" role="alert" mb="m">
          {isApiError(take.error, 409) ? t('contact.kiosk.closed') : t('contact.kiosk.failed')}
        </InlineAlert>
      )}
      {queues.data.services.map((q) => (
        <Service key={q.serviceId} aria-label={text(q.name)}>
          <strong>{text(q.name)}</strong>
          <QueueFacts queue={q} />
          <Button variant="secondary" disabled={!q.open || take.isPending} onClick={() => take.mutate({ locationId, serviceId: q.serviceId })}>
            {t('contact.kiosk.take')}
          </Button>
        </Service>
      ))}
    </TitledSection>
  );
}

/** The resident's queue numbers of today and their place in line; from a location page, taking one. */
export function MyWalkInPage() {
  const { t } = useLocalize();
  usePageTitle(t('contact.walkIn.title'));
  const [params] = useSearchParams();
  const locationId = params.get('locationId');
  return (
    <>
      <PageHeading>{t('contact.walkIn.title')}</PageHeading>
      <Paragraph mb="l">{t('contact.walkIn.intro')}</Paragraph>
      <TitledSection id="walk-in-mine" title={t('contact.walkIn.mine')}>
        <MyTickets />
      </TitledSection>
      {locationId && <TakeAt locationId={locationId} />}
    </>
  );
}

const Card = styled.section`
  margin-bottom: ${tokens.spacing.m};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
`;

const BigNumber = styled.p`
  margin: 0;
  font-size: 3rem;
  font-weight: 700;
`;

const Service = styled.section`
  margin-bottom: ${tokens.spacing.m};
`;
