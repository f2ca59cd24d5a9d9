import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useRoleTexts } from '../auth/roles';
import { useSession } from '../auth/session';
import { usePageTitle } from '../../ui/use-page-title';
import { tokens } from '../../ui/theme';
import { PageHeading } from '../../ui/page-heading';

/** Rendered only behind `RequireAccess`, so the session is loaded and has a user. */
export function MePage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const user = useSession().data?.user;
  const roles = useRoleTexts();
  if (!user) return null;

  return (
    <>
      <PageHeading>{t('me.title')}</PageHeading>
      <Card>
        <Facts>
          <dt>{t('me.name')}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t('me.username')}</dt>
          <dd>{user.username}</dd>
          <dt>{t('me.role')}</dt>
          <dd>{roles.label(user.role)}</dd>
        </Facts>
      </Card>
      <Card>
        <Heading variant="h2" mb="s">
          {t('me.permissionsHeading')}
        </Heading>
        <Paragraph>{roles.description(user.role)}</Paragraph>
      </Card>
    </>
  );
}

const Card = styled.section`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.l};
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: ${tokens.radiuses.basic};
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${tokens.spacing.xs} ${tokens.spacing.xl};
  margin: 0;

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }
`;
