import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import { VisuallyHidden } from 'suomifi-ui-components';
import { decideAccess } from '@avain/domain';
import { accessOf } from '../../app/site-nav';
import { tokens } from '../../ui/theme';
import { useSession } from '../auth/session';
import { useUnread } from './api';
import { useLiveMessages } from './live';

/**
 * The number of unread messages, for beside the "Messages" link. It keeps the tab's live stream
 * open, so the count (and any open message page) follows new messages on every page. Nothing is
 * shown when there is nothing unread or the user has no messages.
 */
export function UnreadBadge() {
  const { t } = useTranslation();
  const session = useSession();
  const enabled = decideAccess(accessOf('/messages'), session.data?.user?.role ?? null) === 'allow';
  useLiveMessages(enabled);
  const total = useUnread(enabled).data?.total ?? 0;
  if (!enabled || total === 0) return null;
  return (
    <Badge>
      <span aria-hidden="true">{total > 99 ? '99+' : total}</span>
      <VisuallyHidden>{t('messaging.badge', { count: total })}</VisuallyHidden>
    </Badge>
  );
}

const Badge = styled.span`
  display: inline-block;
  min-width: 1.5em;
  margin-left: ${tokens.spacing.xxs};
  padding: 0 ${tokens.spacing.xxs};
  border-radius: 0.75em;
  background: ${tokens.colors.highlightBase};
  color: ${tokens.colors.whiteBase};
  font-size: 0.875em;
  font-weight: 600;
  line-height: 1.5em;
  text-align: center;
`;
