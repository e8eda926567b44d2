import type { ReactNode } from 'react';
import { Spinner } from './Spinner';

/**
 * A polite live region. Keep it rendered and change its text, so screen readers hear
 * "Henter sager …" and then "Viser 25 sager". With no text it takes no space.
 */
export function StatusMessage({
  busy = false,
  children,
  className,
}: {
  busy?: boolean;
  children?: ReactNode;
  className?: string | undefined;
}) {
  const hasContent = children !== undefined && children !== null && children !== '';
  return (
    <div role="status" className={className ? `status-message ${className}` : 'status-message'}>
      {hasContent && (
        <>
          {busy && <Spinner />}
          <span>{children}</span>
        </>
      )}
    </div>
  );
}
