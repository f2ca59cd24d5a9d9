import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { AppointmentsPage } from './appointments-page';
import { DayListPage } from './day-list-page';
import { SchedulePage } from './schedule-page';

/** The pages of this feature, spread into the app's router. */
export const bookingRoutes: RouteObject[] = [
  {
    path: '/appointments',
    element: (
      <RequireAccess access={accessOf('/appointments')}>
        <AppointmentsPage />
      </RequireAccess>
    ),
  },
  {
    path: '/day-list',
    element: (
      <RequireAccess access={accessOf('/day-list')}>
        <DayListPage />
      </RequireAccess>
    ),
  },
  {
    path: '/day-list/schedule',
    element: (
      <RequireAccess access={accessOf('/day-list')}>
        <SchedulePage />
      </RequireAccess>
    ),
  },
];
