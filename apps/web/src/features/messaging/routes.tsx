import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { NewThreadPage } from './new-thread-page';
import { ThreadPage } from './thread-page';
import { ThreadsPage } from './threads-page';

const guarded = (page: ReactNode) => <RequireAccess access={accessOf('/messages')}>{page}</RequireAccess>;

/** The pages of this feature, spread into the app's router. */
export const messagingRoutes: RouteObject[] = [
  { path: '/messages', element: guarded(<ThreadsPage />) },
  { path: '/messages/new', element: guarded(<NewThreadPage />) },
  { path: '/messages/:id', element: guarded(<ThreadPage />) },
];
