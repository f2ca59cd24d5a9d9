import { Link as RouterDomLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { RouterLink } from 'suomifi-ui-components';
import { TitledSection } from '../../ui/titled-section';
import { tokens } from '../../ui/theme';

const LINKS = [
  { key: 'preAssessment', to: '/my-data/pre-assessment', acting: true },
  { key: 'callback', to: '/callback', acting: false },
  { key: 'walkIn', to: '/walk-in', acting: false },
  { key: 'notifications', to: '/notification-settings', acting: false },
] as const;

/** What the resident can do beside reading their data; pages that can act for a minor get the minor's id. */
export function ServiceLinks({ forId }: { forId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TitledSection id="mydata-services" title={t('mydata.services.title')}>
      <List>
        {LINKS.map((link) => (
          <li key={link.key}>
            <RouterLink asComponent={RouterDomLink} to={forId && link.acting ? `${link.to}?for=${forId}` : link.to}>
              {t(`mydata.services.${link.key}`)}
            </RouterLink>
          </li>
        ))}
      </List>
    </TitledSection>
  );
}

const List = styled.ul`
  margin: 0 0 ${tokens.spacing.m};
  padding-left: ${tokens.spacing.l};

  li + li {
    margin-top: ${tokens.spacing.xs};
  }
`;
