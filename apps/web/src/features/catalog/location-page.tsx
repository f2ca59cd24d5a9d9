import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { mediaUp, tokens } from '../../ui/theme';
import { useLocationDetail, type LocationDetail } from './api';
import { CatalogMap } from './catalog-map';
import { useCodeNames } from './codes';
import { DetailFrame } from './detail-frame';
import { useLocalize } from './format';
import { HoursList } from './hours-list';
import { LocationServices } from './location-services';
import { TitledSection } from '../../ui/titled-section';
import { TodayHours } from './today-hours';
import { WalkInQueue } from '../contact/walk-in-queue';

function LocationContent({ location }: { location: LocationDetail }) {
  const { t, text } = useLocalize();
  const codes = useCodeNames();
  const places = useMemo(
    () => [{ id: location.id, lat: location.coordinates.lat, lon: location.coordinates.lon, title: text(location.name), links: [] }],
    [location, text],
  );
  return (
    <>
      <Kind>{codes.name('locationType', location.type)}</Kind>
      <Columns>
        <div>
          <TitledSection id="location-address" title={t('catalog.location.address')}>
            <Address>
              {location.address.street}
              <br />
              {location.address.postalCode} {location.address.city}
            </Address>
          </TitledSection>
          <TitledSection id="location-hours" title={t('catalog.location.hours')}>
            <TodayHours today={location.today} openNow={location.openNow} />
            {location.weeklyHours.length > 0 ? (
              <HoursList hours={location.weeklyHours} />
            ) : (
              <Paragraph mt="xs">{t('catalog.location.noWeeklyHours')}</Paragraph>
            )}
          </TitledSection>
          {location.timetable && (
            <TitledSection id="location-timetable" title={t('catalog.location.timetable')}>
              <Paragraph>{text(location.timetable)}</Paragraph>
            </TitledSection>
          )}
          <TitledSection id="location-accessibility" title={t('catalog.location.accessibility')}>
            {location.accessibility.length > 0 ? (
              <Bullets>
                {location.accessibility.map((feature) => (
                  <li key={feature}>{codes.name('accessibility', feature)}</li>
                ))}
              </Bullets>
            ) : (
              <Paragraph>{t('catalog.location.noAccessibility')}</Paragraph>
            )}
          </TitledSection>
        </div>
        <CatalogMap label={t('catalog.map.locationLabel', { name: text(location.name) })} places={places} />
      </Columns>
      <WalkInQueue locationId={location.id} />
      <LocationServices services={location.services} />
    </>
  );
}

export function LocationPage() {
  const { id = '' } = useParams();
  const { t, text } = useLocalize();
  const query = useLocationDetail(id);
  return (
    <DetailFrame
      query={query}
      texts={{ notFound: t('catalog.location.notFound'), notFoundText: t('catalog.location.notFoundText'), error: t('catalog.location.error') }}
      title={(location) => text(location.name)}
    >
      {(location) => <LocationContent location={location} />}
    </DetailFrame>
  );
}

const Kind = styled.p`
  ${tokens.typography.bodySemiBold};
  margin: 0 0 ${tokens.spacing.m};
`;

const Columns = styled.div`
  display: grid;
  gap: ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.xl};

  ${mediaUp.large} {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    align-items: start;
  }
`;

const Address = styled.address`
  font-style: normal;
`;

const Bullets = styled.ul`
  margin: 0;
  padding-left: ${tokens.spacing.l};
`;
