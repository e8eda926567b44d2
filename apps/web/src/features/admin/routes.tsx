import type { RouteObject } from 'react-router';
import './admin.css';
import { UserActivityPage } from './activity/UserActivityPage';
import { EmergencyAccessPage } from './emergency/EmergencyAccessPage';
import { InsightExportPage } from './insight/InsightExportPage';
import { UsersPage } from './users/UsersPage';

/**
 * The administration screens, for the router to place inside the signed-in shell. Paths are
 * relative, so they work under `/` or a pathless layout route alike.
 * - /admin/brugere, /admin/brugere/:userId, /admin/indsigt: the administrator (ADMIN);
 * - /noedadgange: a leader (LEADER) reviewing emergency accesses to the unit's cases.
 * The API decides access; a user without it sees the API's 403 as an error on the page.
 */
export const adminRoutes: RouteObject[] = [
  { path: 'admin/brugere', element: <UsersPage /> },
  { path: 'admin/brugere/:userId', element: <UserActivityPage /> },
  { path: 'admin/indsigt', element: <InsightExportPage /> },
  { path: 'noedadgange', element: <EmergencyAccessPage /> },
];
