import type { ReactNode } from 'react';
import { Link as RouterDomLink } from 'react-router-dom';
import styled from 'styled-components';
import { Heading, RouterLink } from 'suomifi-ui-components';
import { tokens } from '../../ui/theme';
import { formatKilometres, useLocalize } from '../catalog/format';
import type { Place } from '../home/areas';
import { formatDate } from '../../ui/date-format';

interface Props {
  place: Place;
  /** Kilometres from the looked-up address, when there is one. */
  distanceKm?: number;
  headingLevel: 'h3' | 'h4';
  /** Extra lines or an action under the address (a choose button, the date of a choice). */
  children?: ReactNode;
}

/** A welfare centre or point: its name linking to the place's own page, its kind, address and distance. */
export function PlaceCard({ place, distanceKm, headingLevel, children }: Props) {
  const { t, language, text } = useLocalize();
  return (
    <Card data-place-type={place.type} data-testid={`place-${place.id}`}>
      <Heading variant={headingLevel} as={headingLevel}>
        <RouterLink asComponent={RouterDomLink} to={`/locations/${place.id}`}>
          {text(place.name)}
        </RouterLink>
      </Heading>
      <Kind>{t(`placeType.${place.type}`)}</Kind>
      <Address>
        {place.address.street}, {place.address.postalCode} {place.address.city}
      </Address>
      {distanceKm !== undefined && <Distance>{t('centre.place.distance', { distance: formatKilometres(distanceKm, language) })}</Distance>}
      {children}
    </Card>
  );
}

/** "Chosen on 5 March 2026", under the centre a resident has chosen. */
export function ChosenOn({ at }: { at: string }) {
  const { t, language } = useLocalize();
  return (
    <Chosen>
      {t('centre.choice.chosenOn')} <time dateTime={at}>{formatDate(at, language)}</time>
    </Chosen>
  );
}

const Card = styled.article`
  max-width: 560px;
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  border-left: 4px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.depthLight3};

  &[data-place-type='welfare_centre'] {
    border-left-color: ${tokens.colors.highlightBase};
    background: ${tokens.colors.highlightLight4};
  }
`;

const Kind = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: ${tokens.spacing.xxs} 0 0;
  color: ${tokens.colors.depthDark1};
`;

const Address = styled.address`
  ${tokens.typography.bodyTextSmall};
  margin-top: ${tokens.spacing.xxs};
  font-style: normal;
`;

const Distance = styled.p`
  ${tokens.typography.bodyTextSmall};
  margin: ${tokens.spacing.xxs} 0 0;
`;

const Chosen = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  margin: ${tokens.spacing.xxs} 0 0;
`;
