import { Outlet } from 'react-router';
import { AppShell } from '../../ui/AppShell';

/** The login page keeps the header (name of the solution, language) but has no main navigation. */
export function LoginLayout() {
  return (
    <AppShell navigation={false}>
      <Outlet />
    </AppShell>
  );
}
