import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { Paragraph, SkipLink } from 'suomifi-ui-components';
import { SiteHeader } from './site-header';
import { contentMaxWidth, tokens } from '../ui/theme';

const MAIN_ID = 'main';

function focusMain(): void {
  document.getElementById(MAIN_ID)?.focus();
}

/**
 * A client-side page change is silent for screen readers and leaves focus on the old link;
 * moving focus to the main content is what a full page load would do for a keyboard user.
 */
function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    focusMain();
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  useFocusMainOnNavigation();

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here so the router does not see a hash change and the URL stays clean.
    event.preventDefault();
    focusMain();
  };

  return (
    <>
      <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipLink')}
      </SkipLink>
      <SiteHeader />
      <Main id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </Main>
      <Footer>
        <FooterContent>
          <FooterName>{t('app.name')}</FooterName>
          <Paragraph>{t('app.footer')}</Paragraph>
        </FooterContent>
      </Footer>
    </>
  );
}

const Main = styled.main`
  flex: 1;
  width: 100%;
  max-width: ${contentMaxWidth};
  margin: 0 auto;
  padding: ${tokens.spacing.xl} ${tokens.spacing.m} ${tokens.spacing.xxxl};
`;

const Footer = styled.footer`
  background: ${tokens.colors.whiteBase};
  border-top: 1px solid ${tokens.colors.depthLight1};
`;

const FooterContent = styled.div`
  max-width: ${contentMaxWidth};
  margin: 0 auto;
  padding: ${tokens.spacing.l} ${tokens.spacing.m};
`;

const FooterName = styled.p`
  margin: 0 0 ${tokens.spacing.xxs};
  color: ${tokens.colors.brandBase};
  font-weight: 600;
  font-size: 22px;
`;
