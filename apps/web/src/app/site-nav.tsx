import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { decideAccess, type Access, type Role } from '@avain/domain';
import { useSession } from '../features/auth/session';
import { UnreadBadge } from '../features/messaging/unread-badge';
import { contentMaxWidth, tokens } from '../ui/theme';

interface NavItem {
  to: string;
  label: 'nav.home' | 'nav.services' | 'nav.myCentre' | 'nav.producer' | 'nav.reviews' | 'nav.areas' | 'nav.myData' | 'nav.clients' | 'nav.emergencies' | 'nav.worklist' | 'nav.referrals' | 'nav.myPlan' | 'nav.appointments' | 'nav.dayList' | 'nav.contactQueues' | 'nav.messages' | 'nav.me' | 'nav.audit';
  access: Access;
}

/** One list decides both the menu and, through the router, who may open each page. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', access: 'public' },
  { to: '/services', label: 'nav.services', access: 'public' },
  { to: '/my-centre', label: 'nav.myCentre', access: 'public' },
  { to: '/producer', label: 'nav.producer', access: ['producer_admin', 'service_coordinator', 'admin'] },
  { to: '/coordinator/reviews', label: 'nav.reviews', access: ['service_coordinator', 'admin'] },
  { to: '/coordinator/areas', label: 'nav.areas', access: ['service_coordinator', 'admin'] },
  { to: '/my-data', label: 'nav.myData', access: ['resident'] },
  { to: '/my-plan', label: 'nav.myPlan', access: ['resident'] },
  { to: '/appointments', label: 'nav.appointments', access: ['resident'] },
  { to: '/clients', label: 'nav.clients', access: ['professional', 'service_coordinator', 'homecare_planner'] },
  { to: '/emergency-accesses', label: 'nav.emergencies', access: ['professional', 'service_coordinator', 'homecare_planner', 'admin'] },
  { to: '/worklist', label: 'nav.worklist', access: ['service_coordinator'] },
  { to: '/referrals', label: 'nav.referrals', access: ['professional', 'service_coordinator', 'homecare_planner', 'producer_admin'] },
  { to: '/day-list', label: 'nav.dayList', access: ['professional', 'service_coordinator', 'homecare_planner'] },
  { to: '/contact-queues', label: 'nav.contactQueues', access: ['professional', 'service_coordinator', 'homecare_planner'] },
  { to: '/messages', label: 'nav.messages', access: ['resident', 'professional', 'service_coordinator', 'homecare_planner'] },
  { to: '/me', label: 'nav.me', access: 'authenticated' },
  { to: '/admin/audit', label: 'nav.audit', access: ['admin'] },
];

export function accessOf(path: string): Access {
  const item = navItems.find((candidate) => candidate.to === path);
  if (!item) throw new Error(`No navigation entry for ${path}`);
  return item.access;
}

export function SiteNav() {
  const { t } = useTranslation();
  const session = useSession();
  const role: Role | null = session.data?.user?.role ?? null;
  const visible = navItems.filter((item) => decideAccess(item.access, role) === 'allow');

  return (
    <Nav aria-label={t('nav.label')}>
      <List>
        {visible.map((item) => (
          <li key={item.to}>
            <MenuLink to={item.to} end={item.to === '/'}>
              {t(item.label)}
              {item.to === '/messages' && <UnreadBadge />}
            </MenuLink>
          </li>
        ))}
      </List>
    </Nav>
  );
}

const Nav = styled.nav`
  border-top: 1px solid ${tokens.colors.depthLight2};
`;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.xl};
  max-width: ${contentMaxWidth};
  margin: 0 auto;
  padding: 0 ${tokens.spacing.m};
  list-style: none;
`;

const MenuLink = styled(NavLink)`
  ${tokens.typography.actionElementInnerTextBold};
  display: inline-block;
  padding: ${tokens.spacing.s} 0 ${tokens.spacing.xs};
  border-bottom: 4px solid transparent;
  color: ${tokens.colors.blackBase};
  text-decoration: none;

  &:hover {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightLight2};
  }

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus}
    ${tokens.focuses.highContrastFocus}
  }

  &[aria-current='page'] {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
`;
