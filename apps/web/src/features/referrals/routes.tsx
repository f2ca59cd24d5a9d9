import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { ReferralsPage } from './referrals-page';

/** The pages of this feature, spread into the app's router. */
export const referralRoutes: RouteObject[] = [
  {
    path: '/referrals',
    element: (
      <RequireAccess access={accessOf('/referrals')}>
        <ReferralsPage />
      </RequireAccess>
    ),
  },
];
