import type { RouteObject } from 'react-router';

/** Barnets plan: the pages (the action-plan helper adds them). */
export const actionPlanRoutes: RouteObject[] = [];
