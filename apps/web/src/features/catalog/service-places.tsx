import { useQueries } from '@tanstack/react-query';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Expander, ExpanderContent, ExpanderTitleButton, Heading, RouterLink } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { locationQuery, type LocationDetail, type ServiceDetail } from './api';
import { ChannelList } from './channel-list';
import { useCodeNames } from './codes';
import { useLocalize } from './format';
import { TodayHours } from './today-hours';

type Place = ServiceDetail['places'][number];

/** The other services of the place, from the location's own page data. */
function AlsoHere({ location, serviceId }: { location: LocationDetail | undefined; serviceId: string }) {
  const { t, text } = useLocalize();
  const others = location?.services.filter((other) => other.id !== serviceId) ?? [];
  if (others.length === 0) return null;
  return (
    <Expander mt="s">
      <ExpanderTitleButton asHeading="h4">{t('catalog.service.alsoHere', { count: others.length })}</ExpanderTitleButton>
      <ExpanderContent>
        <Links>
          {others.map((other) => (
            <li key={other.id}>
              <RouterLink asComponent={RouterDomLink} to={`/services/${other.id}`}>
                {text(other.name)}
              </RouterLink>
            </li>
          ))}
        </Links>
      </ExpanderContent>
    </Expander>
  );
}

function PlaceCard({ place, location, serviceId }: { place: Place; location: LocationDetail | undefined; serviceId: string }) {
  const { t, text } = useLocalize();
  const codes = useCodeNames();
  const { address } = place.location;
  return (
    <Card data-testid="service-place">
      <Heading variant="h3" as="h3">
        <RouterLink asComponent={RouterDomLink} to={`/locations/${place.location.id}`}>
          {text(place.location.name)}
        </RouterLink>
      </Heading>
      <Kind>{codes.name('locationType', place.location.type)}</Kind>
      <Address>
        {address.street}, {address.postalCode} {address.city}
      </Address>
      <TodayHours today={place.today} openNow={place.openNow} />
      <Heading variant="h4" as="h4" mt="s">
        {t('catalog.channels.heading')}
      </Heading>
      <ChannelList channels={place.channels} />
      <AlsoHere location={location} serviceId={serviceId} />
    </Card>
  );
}

/** Every place the service is offered at, each with its channels and its other services. */
export function ServicePlaces({ service }: { service: ServiceDetail }) {
  const { t } = useLocalize();
  const locations = useQueries({
    queries: service.places.map((place) => locationQuery(place.location.id)),
  });
  return (
    <section aria-labelledby="service-places">
      <Heading variant="h2" id="service-places" mb="s">
        {t('catalog.service.places', { count: service.places.length })}
      </Heading>
      <List>
        {service.places.map((place, index) => (
          <li key={place.location.id}>
            <PlaceCard place={place} location={locations[index]?.data} serviceId={service.id} />
          </li>
        ))}
      </List>
    </section>
  );
}

const List = styled.ul`
  display: grid;
  gap: ${tokens.spacing.m};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Card = styled.article`
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.whiteBase};
`;

const Kind = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: 0;
  color: ${tokens.colors.blackLight1};
`;

const Address = styled.address`
  font-style: normal;
  margin-top: ${tokens.spacing.xxs};
`;

const Links = styled.ul`
  margin: 0;
  padding-left: ${tokens.spacing.l};
`;
