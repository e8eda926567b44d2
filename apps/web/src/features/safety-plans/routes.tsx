import type { RouteObject } from 'react-router';
import { SafetyPlanPage } from './editor/SafetyPlanPage';
import { PrintPlanPage } from './print/PrintPlanPage';
import { SafetyPlansPage } from './SafetyPlansPage';

/**
 * Sikkerhedsplaner:
 * - /sager/:caseId/sikkerhedsplaner: the case's plans, and starting one;
 * - /sager/:caseId/sikkerhedsplaner/:planId: the plan as a form, with its status actions;
 * - …/udskriv: the plan for the family and the network, printable on A4.
 * The API decides access; a plan the user may not see answers 404.
 */
export const safetyPlansRoutes: RouteObject[] = [
  { path: 'sager/:caseId/sikkerhedsplaner', element: <SafetyPlansPage /> },
  { path: 'sager/:caseId/sikkerhedsplaner/:planId', element: <SafetyPlanPage /> },
  { path: 'sager/:caseId/sikkerhedsplaner/:planId/udskriv', element: <PrintPlanPage /> },
];
