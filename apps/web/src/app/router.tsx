import { createBrowserRouter } from 'react-router-dom';
import { AuditPage } from '../features/audit/audit-page';
import { LoginPage } from '../features/auth/login-page';
import { RequireAccess } from '../features/auth/require-access';
import { HomePage } from '../features/home/home-page';
import { MePage } from '../features/me/me-page';
import { LocationPage } from '../features/catalog/location-page';
import { SearchPage } from '../features/catalog/search-page';
import { ServicePage } from '../features/catalog/service-page';
import { AreasAdminPage } from '../features/centre/areas-admin-page';
import { MyCentrePage } from '../features/centre/my-centre-page';
import { ProducerPage } from '../features/editing/producer-page';
import { ReviewsPage } from '../features/editing/reviews-page';
import { ServiceEditPage } from '../features/editing/service-edit-page';
import { ClientOverviewPage } from '../features/clients/client-overview-page';
import { ClientSearchPage } from '../features/clients/client-search-page';
import { EmergencyReviewPage } from '../features/clients/emergency-review-page';
import { MyDataPage } from '../features/mydata/my-data-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { assessmentRoutes } from '../features/assessment/routes';
import { planRoutes } from '../features/plans/routes';
import { referralRoutes } from '../features/referrals/routes';
import { bookingRoutes } from '../features/booking/routes';
import { contactRoutes } from '../features/contact/routes';
import { notificationRoutes } from '../features/notifications/routes';
import { messagingRoutes } from '../features/messaging/routes';
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
          { path: '/services', element: <SearchPage /> },
          { path: '/services/:id', element: <ServicePage /> },
          { path: '/locations/:id', element: <LocationPage /> },
          { path: '/my-centre', element: <MyCentrePage /> },
          {
            path: '/producer',
            element: (
              <RequireAccess access={accessOf('/producer')}>
                <ProducerPage />
              </RequireAccess>
            ),
          },
          {
            path: '/producer/services/:id',
            element: (
              <RequireAccess access={accessOf('/producer')}>
                <ServiceEditPage />
              </RequireAccess>
            ),
          },
          {
            path: '/coordinator/reviews',
            element: (
              <RequireAccess access={accessOf('/coordinator/reviews')}>
                <ReviewsPage />
              </RequireAccess>
            ),
          },
          {
            path: '/coordinator/areas',
            element: (
              <RequireAccess access={accessOf('/coordinator/areas')}>
                <AreasAdminPage />
              </RequireAccess>
            ),
          },
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
          {
            path: '/my-data',
            element: (
              <RequireAccess access={accessOf('/my-data')}>
                <MyDataPage />
              </RequireAccess>
            ),
          },
          {
            path: '/clients',
            element: (
              <RequireAccess access={accessOf('/clients')}>
                <ClientSearchPage />
              </RequireAccess>
            ),
          },
          {
            path: '/clients/:id',
            element: (
              <RequireAccess access={accessOf('/clients')}>
                <ClientOverviewPage />
              </RequireAccess>
            ),
          },
          {
            path: '/emergency-accesses',
            element: (
              <RequireAccess access={accessOf('/emergency-accesses')}>
                <EmergencyReviewPage />
              </RequireAccess>
            ),
          },
          ...assessmentRoutes,
          ...planRoutes,
          ...referralRoutes,
          ...bookingRoutes,
          ...contactRoutes,
          ...notificationRoutes,
          ...messagingRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
