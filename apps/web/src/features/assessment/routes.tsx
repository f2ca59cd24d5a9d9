import type { RouteObject } from 'react-router-dom';
import { accessOf } from '../../app/site-nav';
import { RequireAccess } from '../auth/require-access';
import { AssessmentHistoryPage } from './history-page';
import { NewAssessmentPage } from './new-assessment-page';
import { PreAssessmentPage } from './pre-assessment-page';
import { WorklistPage } from './worklist-page';

/** The pages of this feature, spread into the app's router. */
export const assessmentRoutes: RouteObject[] = [
  {
    path: '/clients/:id/assessments',
    element: (
      <RequireAccess access={accessOf('/clients')}>
        <AssessmentHistoryPage />
      </RequireAccess>
    ),
  },
  {
    path: '/clients/:id/assessments/new',
    element: (
      <RequireAccess access={accessOf('/clients')}>
        <NewAssessmentPage />
      </RequireAccess>
    ),
  },
  {
    path: '/worklist',
    element: (
      <RequireAccess access={accessOf('/worklist')}>
        <WorklistPage />
      </RequireAccess>
    ),
  },
  {
    path: '/my-data/pre-assessment',
    element: (
      <RequireAccess access={accessOf('/my-data')}>
        <PreAssessmentPage />
      </RequireAccess>
    ),
  },
];
