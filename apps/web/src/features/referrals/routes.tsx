import type { RouteObject } from 'react-router';
import { MunicipalitySettingsPage } from './MunicipalitySettingsPage';
import { ReferralDetailPage } from './ReferralDetailPage';
import { ReferralInboxPage } from './ReferralInboxPage';

/**
 * - /visitationer, /visitationer/:referralId: the leader of FamilieCentret or UngeCentret
 *   receiving referrals;
 * - /admin/indstillinger: the administrator's municipality settings.
 * The API decides access; a user without it sees the API's 403 as an error on the page.
 */
export const referralRoutes: RouteObject[] = [
  { path: 'visitationer', element: <ReferralInboxPage /> },
  { path: 'visitationer/:referralId', element: <ReferralDetailPage /> },
  { path: 'admin/indstillinger', element: <MunicipalitySettingsPage /> },
];
