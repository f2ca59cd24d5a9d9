import { LIFE_COURSE_GROUPS, SERVICE_CLASSES, type ServiceClass } from '@avain/domain';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import type { LocationDetail } from './api';
import { ChannelList } from './channel-list';
import { useCodeNames } from './codes';
import { useLocalize } from './format';

type Offered = LocationDetail['services'][number];

const groupOf = (serviceClass: string): string =>
  serviceClass in SERVICE_CLASSES ? SERVICE_CLASSES[serviceClass as ServiceClass].group : 'everyone';

/** Services grouped by life-course group (as residents look for them), in the code list's order. */
function byLifeCourse(services: readonly Offered[]): [string, Offered[]][] {
  const groups = new Map<string, Offered[]>();
  for (const service of services) {
    const group = groupOf(service.serviceClass);
    groups.set(group, [...(groups.get(group) ?? []), service]);
  }
  const order = (group: string) => {
    const index = (LIFE_COURSE_GROUPS as readonly string[]).indexOf(group);
    return index < 0 ? LIFE_COURSE_GROUPS.length : index;
  };
  return [...groups].sort(([a], [b]) => order(a) - order(b));
}

function OfferedService({ service }: { service: Offered }) {
  const { text } = useLocalize();
  const codes = useCodeNames();
  return (
    <Card data-testid="location-service">
      <Heading variant="h4" as="h4">
        <RouterLink asComponent={RouterDomLink} to={`/services/${service.id}`}>
          {text(service.name)}
        </RouterLink>
      </Heading>
      <Meta>
        {codes.serviceClass(service.serviceClass)} · {text(service.organization.name)} ({codes.name('producerType', service.organization.type)})
      </Meta>
      <ChannelList channels={service.channels} />
    </Card>
  );
}

export function LocationServices({ services }: { services: readonly Offered[] }) {
  const { t } = useLocalize();
  const codes = useCodeNames();
  return (
    <section aria-labelledby="location-services">
      <Heading variant="h2" id="location-services" mb="s">
        {t('catalog.location.services', { count: services.length })}
      </Heading>
      {services.length === 0 && <Paragraph>{t('catalog.location.noServices')}</Paragraph>}
      {byLifeCourse(services).map(([group, offered]) => (
        <Group key={group} aria-labelledby={`location-group-${group}`}>
          <Heading variant="h3" id={`location-group-${group}`} mb="xs">
            {codes.lifeCourseGroup(group)}
          </Heading>
          <List>
            {offered.map((service) => (
              <li key={service.id}>
                <OfferedService service={service} />
              </li>
            ))}
          </List>
        </Group>
      ))}
    </section>
  );
}

const Group = styled.section`
  margin-bottom: ${tokens.spacing.l};
`;

const List = styled.ul`
  display: grid;
  gap: ${tokens.spacing.s};
  margin: 0;
  padding: 0;
  list-style: none;
`;

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
