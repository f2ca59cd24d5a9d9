import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, Expander, ExpanderContent, ExpanderTitleButton, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import { useSession } from '../auth/session';
import { useCloseRelation, type Relation } from './api';
import { RelationForm } from './relation-form';

/** Opening a relation, for a page that may not show the client yet (no relation, no consent). */
function OpenRelation({ clientId, onOpened }: { clientId: string; onOpened?: (kind: 'case' | 'team') => void }) {
  const { t } = useTranslation();
  return (
    <Expander mb="l">
      <ExpanderTitleButton>{t('clients.relations.formLabel')}</ExpanderTitleButton>
      <ExpanderContent>
        <RelationForm clientId={clientId} onOpened={onOpened} />
      </ExpanderContent>
    </Expander>
  );
}

/** Who works with the client now: appointments, open cases and the care team. */
export function RelationsSection({ clientId, relations }: { clientId: string; relations: Relation[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const me = useSession().data?.user?.id;
  const close = useCloseRelation(clientId);
  const [done, setDone] = useState<string | null>(null);
  const opened = (kind: 'case' | 'team') => setDone(t(`clients.relations.opened.${kind}`));

  return (
    <TitledSection id="client-relations-heading" title={t('clients.relations.heading')}>
      {relations.length === 0 ? (
        <Paragraph mb="m">{t('clients.relations.none')}</Paragraph>
      ) : (
        <List>
          {relations.map((relation) => {
            // Appointments end on their own; a case or team membership is ended by its professional.
            const { kind } = relation;
            const closable = relation.professionalId === me && kind !== 'appointment';
            return (
              <Item key={relation.id} data-testid="client-relation">
                <div>
                  <strong>{t(`clients.relationKinds.${relation.kind}`)}</strong>: {relation.professional}, {relation.unit} ({t(`clients.registers.${relation.register}`)})
                  <Small>
                    {relation.endsAt
                      ? t('clients.relations.between', { from: format.date(relation.startsAt), to: format.date(relation.endsAt) })
                      : t('clients.relations.since', { from: format.date(relation.startsAt) })}
                  </Small>
                </div>
                {closable && (
                  <Button
                    variant="secondary"
                    disabled={close.isPending}
                    onClick={() => close.mutate(relation.id, { onSuccess: () => setDone(t(`clients.relations.closed.${kind}`)) })}
                  >
                    {t(`clients.relations.close.${kind}`)}
                  </Button>
                )}
              </Item>
            );
          })}
        </List>
      )}
      <div role="status">
        {done && (
          <InlineAlert status="neutral" mb="m">
            {done}
          </InlineAlert>
        )}
      </div>
      {close.isError && (
        <InlineAlert status="error" role="alert" mb="m">
          {t('clients.relations.errors.close')}
        </InlineAlert>
      )}
      <OpenRelation clientId={clientId} onOpened={opened} />
    </TitledSection>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;
`;

const Item = styled.li`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
  border-top: 1px solid ${tokens.colors.depthLight2};
`;

const Small = styled.span`
  ${tokens.typography.bodyTextSmall};
  display: block;
  color: ${tokens.colors.depthDark1};
`;
