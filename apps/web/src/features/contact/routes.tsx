import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { CallbackPage } from './callback-page';
import { ContactQueuesPage } from './contact-queues-page';
import { KioskPage } from './kiosk-page';
import { MyWalkInPage } from './my-walk-in-page';

const RESIDENT = ['resident'] as const;

/** The pages of this feature, spread into the app's router. */
export const contactRoutes: RouteObject[] = [
  { path: '/kiosk/:locationId', element: <KioskPage /> },
  {
    path: '/walk-in',
    element: (
      <RequireAccess access={RESIDENT}>
        <MyWalkInPage />
      </RequireAccess>
    ),
  },
  {
    path: '/callback',
    element: (
      <RequireAccess access={RESIDENT}>
        <CallbackPage />
      </RequireAccess>
    ),
  },
  {
    path: '/contact-queues',
    element: (
      <RequireAccess access={accessOf('/contact-queues')}>
        <ContactQueuesPage />
      </RequireAccess>
    ),
  },
];
