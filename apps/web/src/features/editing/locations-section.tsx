import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { Loading, LoadError } from '../../ui/page-states';
import { tokens } from '../../ui/theme';
import { useMyLocations } from './api';
import { useEditingFormat } from './format';
import { LocationEditor } from './location-editor';

interface Props {
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** The caller's locations; the chosen one opens for editing below the list (and stays in the address). */
export function LocationsSection({ selected, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useEditingFormat();
  const locations = useMyLocations();

  return (
    <Section aria-labelledby="locations-heading">
      <Heading variant="h2" id="locations-heading" mb="s">
        {t('editing.locations.heading')}
      </Heading>
      <Paragraph mb="m">{t('editing.locations.intro')}</Paragraph>
      {locations.isPending ? (
        <Loading />
      ) : locations.isError ? (
        <LoadError message={t('editing.locations.error')} onRetry={() => void locations.refetch()} />
      ) : locations.data.items.length === 0 ? (
        <Paragraph>{t('editing.locations.empty')}</Paragraph>
      ) : (
        <List>
          {locations.data.items.map((location) => {
            const name = format.name(location.name);
            return (
              <Row key={location.id}>
                <span>
                  <strong>{name}</strong>, {location.address.street}, {location.address.postalCode} {location.address.city}
                </span>
                <Button
                  variant="secondary"
                  aria-label={t('editing.locations.editLabel', { name })}
                  aria-expanded={selected === location.id}
                  aria-controls={selected === location.id ? 'location-editor' : undefined}
                  onClick={() => onSelect(selected === location.id ? null : location.id)}
                >
                  {t('editing.locations.edit')}
                </Button>
              </Row>
            );
          })}
        </List>
      )}
      {selected && <LocationEditor key={selected} id={selected} onClose={() => onSelect(null)} />}
    </Section>
  );
}

const Section = styled.section`
  margin-top: ${tokens.spacing.xxl};
`;

const List = styled.ul`
  list-style: none;
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
`;

const Row = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;
