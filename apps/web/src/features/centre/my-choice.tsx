import { useRef, useState, type RefObject } from 'react';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useLocalize } from '../catalog/format';
import type { Place } from '../home/areas';
import { useMyCentre, type MyCentre } from './api';
import { useWelfareCentres } from './centres';
import { formatDate } from '../../ui/date-format';
import { ChosenOn, PlaceCard } from './place-card';

function ChooseForm({ currentId, onChoose }: { currentId: string | undefined; onChoose: (place: Place) => void }) {
  const { t, text } = useLocalize();
  // Any centre of the region may be chosen (old municipal borders do not bind), but not the current one again.
  const all = useWelfareCentres();
  const centres = all.centres.filter((centre) => centre.id !== currentId);
  const [selected, setSelected] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const dropdown = useRef<HTMLButtonElement>(null);

  const submit = () => {
    const place = centres.find((centre) => centre.id === selected);
    setMissing(!place);
    if (place) onChoose(place);
    else dropdown.current?.focus();
  };

  // Suomi.fi's dropdown cannot start without items.
  if (all.isPending) return <Loading />;
  if (centres.length === 0) return null;
  return (
    <ChooseRow>
      <Dropdown
        id="centre-choice-select"
        ref={dropdown}
        labelText={currentId ? t('centre.choice.changeLabel') : t('centre.choice.selectLabel')}
        visualPlaceholder={t('centre.choice.selectPlaceholder')}
        value={selected}
        onChange={(value) => {
          setSelected(value);
          setMissing(false);
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('centre.choice.errors.selectRequired') : undefined}
      >
        {centres.map((centre) => (
          <DropdownItem key={centre.id} value={centre.id}>
            {text(centre.name)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Button variant="secondary" onClick={submit}>
        {t('centre.choice.choose')}
      </Button>
    </ChooseRow>
  );
}

function ChoiceState({ data, onChoose }: { data: MyCentre; onChoose: (place: Place) => void }) {
  const { t, language, text } = useLocalize();
  const { current, history, nextChangeFrom } = data;
  const earlier = history.slice(1);
  return (
    <>
      {current ? (
        <Current data-testid="centre-current-choice">
          <PlaceCard place={current.centre} headingLevel="h3">
            <ChosenOn at={current.chosenAt} />
          </PlaceCard>
        </Current>
      ) : (
        <Paragraph mb="s">{t('centre.choice.none')}</Paragraph>
      )}
      <Paragraph mb="m" data-testid="centre-next-change">
        {nextChangeFrom
          ? t('centre.choice.nextChangeFrom', { date: formatDate(nextChangeFrom, language) })
          : current
            ? t('centre.choice.changeAllowed')
            : t('centre.choice.chooseAny')}
      </Paragraph>
      <ChooseForm currentId={current?.centre.id} onChoose={onChoose} />
      {earlier.length > 0 && (
        <>
          <Heading variant="h3" mt="l" mb="xs">
            {t('centre.choice.historyHeading')}
          </Heading>
          <History data-testid="centre-choice-history">
            {earlier.map((choice) => (
              <li key={choice.chosenAt}>
                {text(choice.centre.name)}, {t('centre.choice.historyChosenOn')}{' '}
                <time dateTime={choice.chosenAt}>{formatDate(choice.chosenAt, language)}</time>
              </li>
            ))}
          </History>
        </>
      )}
    </>
  );
}

interface Props {
  onChoose: (place: Place) => void;
  /** The centre just chosen, to confirm the save in words. */
  justChosen: Place | null;
  savedRef: RefObject<HTMLDivElement | null>;
}

/** A logged-in resident's own choice: the current centre and date, the year rule and the history. */
export function MyChoice({ onChoose, justChosen, savedRef }: Props) {
  const { t, text } = useLocalize();
  const myCentre = useMyCentre(true);
  return (
    <Section aria-labelledby="centre-choice-heading">
      <Heading variant="h2" id="centre-choice-heading" mb="s">
        {t('centre.choice.heading')}
      </Heading>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="status" ref={savedRef} tabIndex={justChosen ? -1 : undefined}>
        {justChosen && (
          <InlineAlert status="neutral" mb="m" data-testid="centre-choice-saved">
            {t('centre.choice.saved', { name: text(justChosen.name) })}
          </InlineAlert>
        )}
      </div>
      {myCentre.isPending ? (
        <Loading />
      ) : myCentre.isError ? (
        <LoadError message={t('centre.choice.errors.loadFailed')} onRetry={() => void myCentre.refetch()} />
      ) : (
        <ChoiceState data={myCentre.data} onChoose={onChoose} />
      )}
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.xl};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const Current = styled.div`
  margin-bottom: ${tokens.spacing.s};
`;

const ChooseRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${tokens.spacing.s};
`;

const History = styled.ul`
  margin: 0;
  padding-left: ${tokens.spacing.l};
`;
