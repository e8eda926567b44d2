import type { RouteObject } from 'react-router';

/** Sikkerhedsplaner: the feature's pages. */
export const safetyPlansRoutes: RouteObject[] = [];
