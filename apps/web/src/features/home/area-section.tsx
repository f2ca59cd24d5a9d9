import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { currentLanguage } from '../../i18n';
import { tokens } from '../../ui/theme';
import { localized, type Place, type PlaceType, type WelfareArea } from './areas';

const groups: { type: PlaceType; heading: 'home.centres' | 'home.points' }[] = [
  { type: 'welfare_centre', heading: 'home.centres' },
  { type: 'welfare_point', heading: 'home.points' },
];

function PlaceCard({ place }: { place: Place }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card data-place-type={place.type}>
      <Heading variant="h4" as="h4">
        {localized(place.name, language)}
      </Heading>
      <PlaceType>{t(`placeType.${place.type}`)}</PlaceType>
      <Address>
        {place.address.street}
        <br />
        {place.address.postalCode} {place.address.city}
      </Address>
    </Card>
  );
}

export function AreaSection({ area }: { area: WelfareArea }) {
  const { t } = useTranslation();
  const headingId = `area-${area.id}`;
  return (
    <Section aria-labelledby={headingId}>
      <Heading variant="h3" as="h3" id={headingId} mb="m">
        {localized(area.name, currentLanguage())}
      </Heading>
      {groups.map(({ type, heading }) => {
        const places = area.places.filter((place) => place.type === type);
        if (places.length === 0) return null;
        return (
          <Group key={type} aria-label={t(heading)}>
            {places.map((place) => (
              <li key={place.id}>
                <PlaceCard place={place} />
              </li>
            ))}
          </Group>
        );
      })}
    </Section>
  );
}

const Section = styled.section`
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const Group = styled.ul`
  display: grid;
  gap: ${tokens.spacing.xs};
  margin: 0 0 ${tokens.spacing.s};
  padding: 0;
  list-style: none;

  &:last-child {
    margin-bottom: 0;
  }
`;

const Card = styled.article`
  height: 100%;
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border-left: 4px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.depthLight3};

  &[data-place-type='welfare_centre'] {
    border-left-color: ${tokens.colors.highlightBase};
    background: ${tokens.colors.highlightLight4};
  }
`;

const PlaceType = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: 0;
  color: ${tokens.colors.depthDark1};
`;

const Address = styled.address`
  ${tokens.typography.bodyTextSmall};
  margin-top: ${tokens.spacing.xxs};
  font-style: normal;
`;
