import type { RouteObject } from 'react-router';

/** Bekymringer, sikkerhedsmål og kortlægninger: the feature's pages. */
export const concernsRoutes: RouteObject[] = [];
