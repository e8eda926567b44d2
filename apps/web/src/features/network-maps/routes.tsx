import type { RouteObject } from 'react-router';
import { MyNetworkPage } from './child/MyNetworkPage';
import { MapEditorPage } from './editor/MapEditorPage';
import { MapHistoryPage } from './history/MapHistoryPage';
import { NetworkMapsPage } from './NetworkMapsPage';

/**
 * The network maps of a case:
 * - /sager/:caseId/netvaerkskort: the case's maps, and creating one;
 * - /sager/:caseId/netvaerkskort/:mapId: the editor (drawing, table, persons, saving versions);
 * - …/historik: the versions and their comparison; …/mit-netvaerk: the child's view.
 * The API decides access; a map the user may not see answers 404.
 */
export const networkMapRoutes: RouteObject[] = [
  { path: 'sager/:caseId/netvaerkskort', element: <NetworkMapsPage /> },
  { path: 'sager/:caseId/netvaerkskort/:mapId', element: <MapEditorPage /> },
  { path: 'sager/:caseId/netvaerkskort/:mapId/historik', element: <MapHistoryPage /> },
  { path: 'sager/:caseId/netvaerkskort/:mapId/mit-netvaerk', element: <MyNetworkPage /> },
];
