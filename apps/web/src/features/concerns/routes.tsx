import type { RouteObject } from 'react-router';
import { AssessmentPage } from './AssessmentPage';
import { AssessmentsPage } from './AssessmentsPage';
import { ConcernsPage } from './ConcernsPage';

/**
 * Bekymringer, sikkerhedsmål og kortlægninger:
 * - /sager/:caseId/bekymringer: grounds for concern and the statement/goal pairs;
 * - /sager/:caseId/kortlaegninger: the assessments; …/:assessmentId: one in three columns.
 * The API decides access; a case the user may not see answers 404.
 */
export const concernsRoutes: RouteObject[] = [
  { path: 'sager/:caseId/bekymringer', element: <ConcernsPage /> },
  { path: 'sager/:caseId/kortlaegninger', element: <AssessmentsPage /> },
  { path: 'sager/:caseId/kortlaegninger/:assessmentId', element: <AssessmentPage /> },
];
