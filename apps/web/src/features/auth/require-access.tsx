import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { decideAccess, type Access } from '@avain/domain';
import { Loading, LoadError } from '../../ui/page-states';
import { NoAccess } from './no-access';
import { loginPathFor } from './safe-next';
import { useSession } from './session';

/**
 * Guards a page in the browser for a clear experience; the API enforces the same rule for real.
 * Not logged in: off to the login page, which returns here. Wrong role: a polite refusal.
 */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <Loading />;
  if (session.isError) return <LoadError message={t('error.text')} onRetry={() => void session.refetch()} />;

  switch (decideAccess(access, session.data.user?.role ?? null)) {
    case 'unauthenticated':
      return <Navigate to={loginPathFor(location)} replace />;
    case 'forbidden':
      return <NoAccess />;
    case 'allow':
      return children;
  }
}
