import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so that the shell can move focus
 * to it after a client-side navigation, and screen readers announce the new page.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1} data-page-heading="">
      {children}
    </h1>
  );
}
