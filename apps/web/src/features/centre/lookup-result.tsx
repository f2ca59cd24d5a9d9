import { useEffect, useRef } from 'react';
import styled from 'styled-components';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { mediaUp, tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import type { Place } from '../home/areas';
import type { LookupResult, PlaceWithDistance } from './api';
import { PlaceCard } from './place-card';

interface Props {
  result: LookupResult;
  /** Set for a logged-in resident: welfare centres get a button to choose them. */
  onChoose: ((place: Place) => void) | undefined;
  /** The resident's current centre, which needs no button to choose it again. */
  currentCentreId: string | undefined;
  /** The lookup was by the browser's position, so the label is only coordinates. */
  byPosition: boolean;
  /** Move focus to the result when it answers what the user just asked, not on a reload. */
  focusOnShow: boolean;
}

type ChoiceProps = Pick<Props, 'onChoose' | 'currentCentreId'>;

function ResultPlace({ place, onChoose, currentCentreId }: { place: PlaceWithDistance } & ChoiceProps) {
  const { t, text } = useLocalize();
  return (
    <PlaceCard place={place} distanceKm={place.distanceKm} headingLevel="h4">
      {onChoose && place.type === 'welfare_centre' && place.id !== currentCentreId && (
        <Button variant="secondary" mt="s" onClick={() => onChoose(place)}>
          {t('centre.choice.chooseNamed', { name: text(place.name) })}
        </Button>
      )}
    </PlaceCard>
  );
}

function PlaceList({ places, ...choice }: { places: PlaceWithDistance[] } & ChoiceProps) {
  return (
    <Cards>
      {places.map((place) => (
        <li key={place.id}>
          <ResultPlace place={place} {...choice} />
        </li>
      ))}
    </Cards>
  );
}

export function LookupResultView({ result, onChoose, currentCentreId, byPosition, focusOnShow }: Props) {
  const { t, text } = useLocalize();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, result]);

  const { location, postalCode, area, responsibleCentre, candidates, nearestPlaces } = result;
  const lists = { onChoose, currentCentreId };
  // The candidates of a split code are already shown above; listing them again as "nearest" only repeats.
  const nearest = nearestPlaces.filter((place) => !candidates.some((candidate) => candidate.id === place.id));
  return (
    <section aria-labelledby="centre-result-heading" data-testid="centre-result">
      <Heading variant="h2" id="centre-result-heading" ref={heading} tabIndex={-1} mb="xs">
        {t('centre.result.heading')}
      </Heading>
      <Facts>
        {/* A postal code alone is shown once, in its own row. */}
        {(byPosition || location.precision === 'address') && (
          <>
            <dt>{byPosition ? t('centre.result.position') : t('centre.result.searched')}</dt>
            <dd>{byPosition ? t('centre.result.yourPosition') : location.label}</dd>
          </>
        )}
        {postalCode && (
          <>
            <dt>{t('centre.result.postalCode')}</dt>
            <dd>{[`${postalCode.code} ${postalCode.postOffice}`, postalCode.district].filter(Boolean).join(', ')}</dd>
          </>
        )}
        <dt>{t('centre.result.area')}</dt>
        <dd data-testid="centre-result-area">{text(area.name)}</dd>
      </Facts>

      {responsibleCentre ? (
        <Block aria-labelledby="centre-responsible-heading">
          <Heading variant="h3" id="centre-responsible-heading" mb="xs">
            {t('centre.result.responsibleHeading')}
          </Heading>
          <Paragraph mb="s">{t('centre.result.responsibleText')}</Paragraph>
          <div data-testid="centre-responsible">
            <ResultPlace place={responsibleCentre} {...lists} />
          </div>
        </Block>
      ) : (
        <Block aria-labelledby="centre-split-heading">
          <InlineAlert status="neutral" mb="s" labelText={<span id="centre-split-heading">{t('centre.result.splitHeading')}</span>}>
            {t('centre.result.splitText', { code: postalCode?.code ?? '' })}
          </InlineAlert>
          <Heading variant="h3" mb="xs">
            {t('centre.result.candidatesHeading')}
          </Heading>
          <div data-testid="centre-candidates">
            <PlaceList places={candidates} {...lists} />
          </div>
        </Block>
      )}

      {nearest.length > 0 && (
        <Block aria-labelledby="centre-nearest-heading">
          <Heading variant="h3" id="centre-nearest-heading" mb="xs">
            {t('centre.result.nearestHeading')}
          </Heading>
          <Paragraph mb="s">{t('centre.result.nearestText')}</Paragraph>
          <PlaceList places={nearest} {...lists} />
        </Block>
      )}
    </section>
  );
}

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.spacing.xxs} ${tokens.spacing.l};
  margin: 0 0 ${tokens.spacing.l};

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }
`;

const Block = styled.section`
  margin-bottom: ${tokens.spacing.l};
`;

const Cards = styled.ul`
  display: grid;
  gap: ${tokens.spacing.s};
  margin: 0;
  padding: 0;
  list-style: none;

  ${mediaUp.medium} {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
`;
