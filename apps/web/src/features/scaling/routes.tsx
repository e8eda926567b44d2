import type { RouteObject } from 'react-router';
import { ScalingPage } from './ScalingPage';

/** Skalering: /sager/:caseId/skalering, the case's safety scales over time. The API decides access. */
export const scalingRoutes: RouteObject[] = [{ path: 'sager/:caseId/skalering', element: <ScalingPage /> }];
