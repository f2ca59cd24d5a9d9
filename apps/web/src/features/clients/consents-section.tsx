import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph } from 'suomifi-ui-components';
import { useDateFormat } from '../../ui/date-format';
import { tokens } from '../../ui/theme';
import { TitledSection } from '../../ui/titled-section';
import type { Consent } from './api';
import { Facts } from './facts';

/** The client's consents to share a register with organisations: what opens data across registers. */
export function ConsentsSection({ consents }: { consents: Consent[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <TitledSection id="client-consents-heading" title={t('clients.consents.heading')}>
      {consents.length === 0 ? (
        <Paragraph mb="l">{t('clients.consents.none')}</Paragraph>
      ) : (
        <List>
          {consents.map((consent) => (
            <Item key={consent.id} data-testid="client-consent" data-status={consent.status}>
              <Facts
                facts={[
                  { term: t('clients.consents.registers'), value: consent.registers.map((r) => t(`clients.registers.${r}`)).join(', ') },
                  { term: t('clients.consents.organizations'), value: consent.organizations.map((o) => o.name).join(', ') },
                  { term: t('clients.consents.purpose'), value: t(`clients.consents.purposes.${consent.purpose}`) },
                  {
                    term: t('clients.consents.validity'),
                    value: consent.validTo
                      ? t('clients.consents.between', { from: format.date(consent.validFrom), to: format.date(consent.validTo) })
                      : t('clients.consents.from', { from: format.date(consent.validFrom) }),
                  },
                  { term: t('clients.consents.status'), value: t(`clients.consents.statuses.${consent.status}`) },
                ]}
              />
            </Item>
          ))}
        </List>
      )}
    </TitledSection>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0 0 ${tokens.spacing.l};
  padding: 0;
`;

const Item = styled.li`
  padding-top: ${tokens.spacing.s};
  border-top: 1px solid ${tokens.colors.depthLight2};
`;
