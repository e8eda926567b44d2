import type { ReactNode } from 'react';
import { Spinner } from '../../../ui/Spinner';

/**
 * The form's main button. While the form is sent it stays focusable (aria-disabled, not
 * disabled), so keyboard focus is not lost; the form ignores a second submit itself.
 */
export function SubmitButton({
  busy,
  children,
  className = 'button button-primary',
}: {
  busy: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button type="submit" className={className} aria-disabled={busy || undefined}>
      {busy && <Spinner />}
      <span>{children}</span>
    </button>
  );
}
