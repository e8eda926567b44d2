import type { RouteObject } from 'react-router';
import { ActionPlanPage, NewActionPlanPage } from './editor/ActionPlanPage';
import { PrintActionPlanPage } from './print/PrintActionPlanPage';

/**
 * Barnets plan:
 * - /sager/:caseId/plan/ny: starting the case's plan;
 * - /sager/:caseId/plan/:planId: the plan as a form, with approval, sharing, versions and follow-up;
 * - …/udskriv: the plan for the family, printable on A4 and as a PDF.
 * The API decides access; a plan the user may not see answers 404.
 */
export const actionPlanRoutes: RouteObject[] = [
  { path: 'sager/:caseId/plan/ny', element: <NewActionPlanPage /> },
  { path: 'sager/:caseId/plan/:planId', element: <ActionPlanPage /> },
  { path: 'sager/:caseId/plan/:planId/udskriv', element: <PrintActionPlanPage /> },
];
