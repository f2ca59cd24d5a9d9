import type { RouteObject } from 'react-router-dom';
import { RequireAccess } from '../auth/require-access';
import { OutboxPage } from './outbox-page';
import { NotificationSettingsPage } from './settings-page';

/** The pages of this feature, spread into the app's router. */
export const notificationRoutes: RouteObject[] = [
  {
    path: '/notification-settings',
    element: (
      <RequireAccess access={['resident']}>
        <NotificationSettingsPage />
      </RequireAccess>
    ),
  },
  {
    // The API decides who may read the outbox (administrators; everyone outside production).
    path: '/dev/outbox',
    element: (
      <RequireAccess access="authenticated">
        <OutboxPage />
      </RequireAccess>
    ),
  },
];
