import { useEffect, useRef, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigationType } from 'react-router';
import { Footer } from './Footer';
import { Header } from './Header';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/**
 * After the user moves to another page (link or Back), focus the new page's h1 so screen
 * readers announce it. Not on the first load, and not on a redirect (`/` → `/sager`).
 */
function useFocusOnNavigation() {
  const { pathname, state } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);

  // Arriving in a new frame (logged in, logged out): the page asked for focus on its heading.
  const focusOnArrival = (state as { focusHeading?: boolean } | null)?.focusHeading === true;
  useEffect(() => {
    if (!focusOnArrival) return;
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('[data-page-heading]');
      (heading ?? document.getElementById(MAIN_CONTENT_ID))?.focus();
    });
    return () => cancelAnimationFrame(frame);
    // Only when the frame mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType === 'REPLACE') return;
    const heading = document.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? document.getElementById(MAIN_CONTENT_ID))?.focus();
  }, [pathname, navigationType]);
}

interface AppShellProps {
  children?: ReactNode;
  /** The main navigation; off on the login page. */
  navigation?: boolean;
  /** A notice between the header and the page (the idle-timeout warning). */
  banner?: ReactNode;
}

/** The frame around every page: header, main content and footer. */
export function AppShell({ children, navigation = true, banner }: AppShellProps) {
  useFocusOnNavigation();
  return (
    <div className="app-shell">
      <SkipLink />
      <Header navigation={navigation} />
      {banner}
      <main id={MAIN_CONTENT_ID} className="app-main container" tabIndex={-1}>
        {children ?? <Outlet />}
      </main>
      <Footer />
    </div>
  );
}
