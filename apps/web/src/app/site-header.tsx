import { Link as RouterDomLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Button, InlineAlert, RouterLink, Text, VisuallyHidden } from 'suomifi-ui-components';
import { useLogout, useSession } from '../features/auth/session';
import { useRoleTexts } from '../features/auth/roles';
import { loginPathFor } from '../features/auth/safe-next';
import { LanguageSwitch } from './language-switch';
import { SiteNav } from './site-nav';
import { contentMaxWidth, mediaUp, tokens } from '../ui/theme';

function UserStatus() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const logout = useLogout();
  const roles = useRoleTexts();
  const user = session.data?.user;

  if (session.isPending) return null;
  if (!user) {
    if (location.pathname === '/login') return null;
    return (
      <RouterLink asComponent={RouterDomLink} to={loginPathFor(location)}>
        {t('auth.login')}
      </RouterLink>
    );
  }
  return (
    <>
      <User data-testid="current-user">
        <VisuallyHidden>{t('auth.signedInAs')} </VisuallyHidden>
        <Text variant="bold">{user.displayName}</Text>
        <Text>{roles.label(user.role)}</Text>
      </User>
      <Button
        variant="secondary"
        loading={logout.isPending || undefined}
        ariaLoadingText={t('auth.loggingOut')}
        onClick={() => logout.mutate()}
      >
        {t('auth.logout')}
      </Button>
      {logout.isError && (
        <InlineAlert status="error" role="alert">
          {t('auth.logoutFailed')}
        </InlineAlert>
      )}
    </>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <Header>
      <Bar>
        <Brand to="/">
          <ProductName>{t('app.name')}</ProductName>
          <Tagline>{t('app.tagline')}</Tagline>
        </Brand>
        <Tools>
          <LanguageSwitch />
          <UserStatus />
        </Tools>
      </Bar>
      <SiteNav />
    </Header>
  );
}

const Header = styled.header`
  background: ${tokens.colors.whiteBase};
  border-top: 4px solid ${tokens.colors.brandBase};
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  max-width: ${contentMaxWidth};
  margin: 0 auto;
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
`;

const Brand = styled(RouterDomLink)`
  display: flex;
  flex-direction: column;
  color: ${tokens.colors.brandBase};
  text-decoration: none;

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus}
    ${tokens.focuses.highContrastFocus}
  }
`;

const ProductName = styled.span`
  font-size: 32px;
  line-height: 1.1;
  font-weight: 600;
  letter-spacing: 0.5px;
`;

const Tagline = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackBase};
`;

const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.m};
`;

const User = styled.p`
  display: flex;
  flex-direction: column;
  margin: 0;
  text-align: left;

  ${mediaUp.medium} {
    text-align: right;
  }
`;
