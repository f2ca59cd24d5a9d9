import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Heading, RouterLink } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { SearchHit } from './api';
import { useCodeNames } from './codes';
import { formatKilometres, useLocalize } from './format';
import { OpenNowBadge } from './today-hours';

/** One service at one place: what, who provides it, where, how far, and whether it is open. */
export function ResultCard({ hit, linkRef }: { hit: SearchHit; linkRef?: (element: HTMLAnchorElement | null) => void }) {
  const { t, text, language } = useLocalize();
  const codes = useCodeNames();
  const { service, location, organization } = hit;
  return (
    <Card data-testid="catalog-hit" data-service-class={service.serviceClass}>
      <Heading variant="h3" as="h3">
        <RouterLink asComponent={RouterDomLink} to={`/services/${service.id}`} ref={linkRef}>
          {text(service.name)}
        </RouterLink>
      </Heading>
      <Meta>
        {codes.serviceClass(service.serviceClass)} · {text(organization.name)} ({codes.name('producerType', organization.type)})
      </Meta>
      <Summary>{text(service.summary)}</Summary>
      <Place>
        <RouterLink asComponent={RouterDomLink} to={`/locations/${location.id}`}>
          {text(location.name)}
        </RouterLink>
        , {location.address.street}, {location.address.postalCode} {location.address.city}
        {hit.distanceKm !== null && (
          <Distance data-testid="catalog-distance"> · {t('catalog.results.distance', { distance: formatKilometres(hit.distanceKm, language) })}</Distance>
        )}
      </Place>
      <Facts>
        <OpenNowBadge open={hit.openNow} />
        {hit.walkInNow && <Fact>{t('catalog.results.walkInNow')}</Fact>}
        {service.free && <Fact>{t('catalog.results.free')}</Fact>}
        <Channels>
          <span>{t('catalog.results.channels')}:</span> {hit.channels.map((channel) => codes.name('channel', channel.type)).join(', ')}
        </Channels>
      </Facts>
    </Card>
  );
}

const Card = styled.article`
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
  background: ${tokens.colors.whiteBase};
`;

const Meta = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: ${tokens.spacing.xxs} 0 0;
  color: ${tokens.colors.blackLight1};
`;

const Summary = styled.p`
  margin: ${tokens.spacing.xs} 0 0;
`;

const Place = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: ${tokens.spacing.xs} 0 0;
`;

const Distance = styled.span`
  font-weight: 600;
`;

const Facts = styled.div`
  ${tokens.typography.bodyTextSmall};
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.s};
  margin-top: ${tokens.spacing.xs};
`;

const Fact = styled.span`
  ${tokens.typography.bodySemiBoldSmall};
`;

const Channels = styled.span`
  span {
    font-weight: 600;
  }
`;
