import sprite from 'dkfds/dist/img/all-svg-icons.svg?url';
import { useId, useRef, useState } from 'react';
import { Dialog, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/useSession';
import { AlertPanel } from './AlertPanel';
import { useAlertSummary } from './useAlerts';
import './alerts.css';

/** The bell in the header: the unread count, and the user's notifications in a popover. */
export function AlertBell() {
  const { user } = useSession({ fetch: false });
  if (!user) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation('alerts');
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const summary = useAlertSummary();
  const unread = summary.data?.unread ?? 0;
  const label = unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label');
  // A native button: react-aria's Button injects a <style> element, which the CSP forbids.
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="alert-bell"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="alert-bell"
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <svg className="icon-svg" aria-hidden="true" focusable="false">
          <use href={`${sprite}#notifications`} />
        </svg>
        {unread > 0 && (
          <span className="alert-bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <Popover
        triggerRef={triggerRef}
        isOpen={open}
        onOpenChange={setOpen}
        placement="bottom end"
        className="alert-popover"
        shouldCloseOnInteractOutside={(element) => !triggerRef.current?.contains(element)}
      >
        <Dialog className="alert-dialog" aria-labelledby={headingId}>
          <Heading id={headingId} level={2} className="h4 alert-dialog-heading">
            {t('heading')}
          </Heading>
          <AlertPanel unread={unread} onNavigate={() => setOpen(false)} />
        </Dialog>
      </Popover>
    </>
  );
}
