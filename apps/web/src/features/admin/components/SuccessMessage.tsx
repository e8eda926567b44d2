import type { Ref } from 'react';
import { AdminIcon } from './AdminIcon';

/**
 * A DKFDS success alert inside a polite live region that stays rendered, so screen readers
 * announce each new message. It can take focus (tabIndex -1) when the control that was used
 * has gone, e.g. a row's button after the row was updated.
 */
export function SuccessMessage({ message, ref }: { message: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div role="status" className="admin-status">
      {message && (
        <div ref={ref} tabIndex={-1} className="alert alert-success admin-success">
          <AdminIcon name="success" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}
