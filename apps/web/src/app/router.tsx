import { createBrowserRouter } from 'react-router-dom';
import { AuditPage } from '../features/audit/audit-page';
import { LoginPage } from '../features/auth/login-page';
import { RequireAccess } from '../features/auth/require-access';
import { HomePage } from '../features/home/home-page';
import { MePage } from '../features/me/me-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { accessOf } from './site-nav';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/login', element: <LoginPage /> },
          {
            path: '/me',
            element: (
              <RequireAccess access={accessOf('/me')}>
                <MePage />
              </RequireAccess>
            ),
          },
          {
            path: '/admin/audit',
            element: (
              <RequireAccess access={accessOf('/admin/audit')}>
                <AuditPage />
              </RequireAccess>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
