import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import styled from 'styled-components';
import { Paragraph, Text } from 'suomifi-ui-components';
import { mediaUp, tokens } from '../../ui/theme';
import { useService, type ServiceDetail } from './api';
import { CatalogMap, type MapPlace } from './catalog-map';
import { useCodeNames } from './codes';
import { DetailFrame } from './detail-frame';
import { useLocalize } from './format';
import { ServiceFacts } from './service-facts';
import { ServicePlaces } from './service-places';

function ServiceContent({ service }: { service: ServiceDetail }) {
  const { t, text } = useLocalize();
  const codes = useCodeNames();
  const places = useMemo<MapPlace[]>(
    () =>
      service.places.map(({ location }) => ({
        id: location.id,
        lat: location.coordinates.lat,
        lon: location.coordinates.lon,
        title: text(location.name),
        links: [{ to: `/locations/${location.id}`, label: t('catalog.map.placeLink') }],
      })),
    [service, t, text],
  );
  return (
    <>
      <Paragraph mb="s">
        <Text variant="lead">{text(service.summary)}</Text>
      </Paragraph>
      <Facts>
        <div>
          <dt>{t('catalog.service.serviceClass')}</dt>
          <dd>{codes.serviceClass(service.serviceClass)}</dd>
        </div>
        <div>
          <dt>{t('catalog.service.lifeCourseGroup')}</dt>
          <dd>{codes.lifeCourseGroup(service.lifeCourseGroup)}</dd>
        </div>
        <div>
          <dt>{t('catalog.service.producer')}</dt>
          <dd>
            {text(service.organization.name)} ({codes.name('producerType', service.organization.type)})
          </dd>
        </div>
      </Facts>
      <Columns>
        <div>
          <ServiceFacts service={service} />
        </div>
        <div>
          {places.length > 0 && <CatalogMap label={t('catalog.map.serviceLabel')} places={places} />}
          <ServicePlaces service={service} />
        </div>
      </Columns>
    </>
  );
}

export function ServicePage() {
  const { id = '' } = useParams();
  const { t, text } = useLocalize();
  const query = useService(id);
  return (
    <DetailFrame
      query={query}
      texts={{ notFound: t('catalog.service.notFound'), notFoundText: t('catalog.service.notFoundText'), error: t('catalog.service.error') }}
      title={(service) => text(service.name)}
    >
      {(service) => <ServiceContent service={service} />}
    </DetailFrame>
  );
}

const Facts = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs} ${tokens.spacing.xl};
  margin: 0 0 ${tokens.spacing.l};

  dt {
    ${tokens.typography.bodySemiBoldSmall};
  }

  dd {
    margin: 0;
  }
`;

const Columns = styled.div`
  display: grid;
  gap: ${tokens.spacing.xl};

  ${mediaUp.large} {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: start;
  }

  > div {
    display: grid;
    gap: ${tokens.spacing.m};
    min-width: 0;
  }
`;
