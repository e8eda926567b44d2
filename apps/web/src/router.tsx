import { createBrowserRouter } from 'react-router';
import { adminRoutes } from './features/admin/routes';
import { HomeRedirect, StartPage } from './features/auth/HomePage';
import { LoginLayout } from './features/auth/LoginLayout';
import { LoginPage } from './features/auth/LoginPage';
import { ProtectedShell } from './features/auth/ProtectedShell';
import { SessionEvents } from './features/auth/SessionEvents';
import { CaseListPage } from './features/cases/CaseListPage';
import { CasePage } from './features/cases/CasePage';
import { MyCasesPage } from './features/cases/MyCasesPage';
import { RegisterCasePage } from './features/cases/register/RegisterCasePage';
import { EmergencyAccessPage } from './features/emergency-access/EmergencyAccessPage';
import { networkMapRoutes } from './features/network-maps/routes';
import { concernsRoutes } from './features/concerns/routes';
import { scalingRoutes } from './features/scaling/routes';
import { safetyPlansRoutes } from './features/safety-plans/routes';
import { meetingRoutes } from './features/meetings/routes';
import { actionPlanRoutes } from './features/action-plans/routes';
import { referralRoutes } from './features/referrals/routes';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { RouteErrorPage } from './features/errors/RouteErrorPage';

/**
 * Routes. `/login` has the header but not the navigation; every other page needs a session
 * (ProtectedShell sends the user to /login?naeste=… and back). SessionEvents, at the root,
 * reacts to a session that ends while the app is open.
 */
export const router = createBrowserRouter([
  {
    element: <SessionEvents />,
    children: [
      {
        path: '/login',
        element: <LoginLayout />,
        children: [{ errorElement: <RouteErrorPage />, children: [{ index: true, element: <LoginPage /> }] }],
      },
      {
        path: '/',
        element: <ProtectedShell />,
        children: [
          {
            // Errors thrown by a page render inside the shell, so header and navigation stay.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <HomeRedirect /> },
              { path: 'start', element: <StartPage /> },
              { path: 'mine-sager', element: <MyCasesPage /> },
              { path: 'sager', element: <CaseListPage /> },
              { path: 'sager/ny', element: <RegisterCasePage /> },
              { path: 'sager/:caseId', element: <CasePage /> },
              { path: 'noedadgang', element: <EmergencyAccessPage /> },
              ...adminRoutes,
              ...referralRoutes,
              ...networkMapRoutes,
              ...concernsRoutes,
              ...scalingRoutes,
              ...safetyPlansRoutes,
              ...meetingRoutes,
              ...actionPlanRoutes,
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
