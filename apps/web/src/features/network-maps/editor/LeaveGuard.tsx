import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ModalDialog } from '../../../ui/ModalDialog';

/**
 * Asks before leaving the editor with unsaved changes: a dialog for a move inside the app, the
 * browser's own question for closing the tab or reloading.
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation('networkMaps');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Saved meanwhile (or nothing left to lose): let the waiting move go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  return (
    <ModalDialog
      isOpen={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title={t('editor.leave.title')}
      role="alertdialog"
    >
      <p>{t('editor.leave.body')}</p>
      <div className="map-leave-actions">
        <button type="button" className="button button-primary" onClick={() => blocker.state === 'blocked' && blocker.reset()}>
          {t('editor.leave.stay')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => blocker.state === 'blocked' && blocker.proceed()}
        >
          {t('editor.leave.leave')}
        </button>
      </div>
    </ModalDialog>
  );
}
