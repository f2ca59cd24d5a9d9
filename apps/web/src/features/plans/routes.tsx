import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { ClientPlanPage } from './client-plan-page';
import { MyPlanPage } from './my-plan-page';

/** The pages of this feature, spread into the app's router. */
export const planRoutes: RouteObject[] = [
  {
    path: '/clients/:id/plan',
    element: (
      <RequireAccess access={accessOf('/clients')}>
        <ClientPlanPage />
      </RequireAccess>
    ),
  },
  {
    path: '/my-plan',
    element: (
      <RequireAccess access={accessOf('/my-plan')}>
        <MyPlanPage />
      </RequireAccess>
    ),
  },
];
