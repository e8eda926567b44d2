import type { RouteObject } from 'react-router';

/** Skalering: the feature's pages. */
export const scalingRoutes: RouteObject[] = [];
