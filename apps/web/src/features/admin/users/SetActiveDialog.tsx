import type { UserSummary } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { ConflictAlert } from '../components/ConflictAlert';
import { UserDialogFrame } from '../components/UserDialogFrame';
import { hasFieldErrors, isConflict, splitFieldErrors } from '../forms/serverErrors';
import { useCachedUser, useSetUserActive } from './useUsers';

interface SetActiveDialogProps {
  user: UserSummary;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Confirms deactivating (or activating) a user; deactivating ends the user's sessions at once. */
export function SetActiveDialog({ user, onDone, onClose }: SetActiveDialogProps) {
  const { t } = useTranslation('admin');
  const setActive = useSetUserActive();
  const cachedUser = useCachedUser();
  // The state the admin confirms: as read when the dialog opened, refreshed after a 409.
  const [seen, setSeen] = useState(user);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<{ message: string; attempt: number } | null>(null);
  const activate = !seen.active;
  const name = seen.name;

  const confirm = async () => {
    if (setActive.isPending) return;
    setConflict(false);
    setFailure(null);
    try {
      await setActive.mutateAsync({ userId: seen.id, body: { active: activate, version: seen.version } });
      onDone(t(activate ? 'users.activeDialog.activated' : 'users.activeDialog.deactivated', { name }));
    } catch (error) {
      if (isConflict(error)) {
        setRefusal(null);
        setSeen(cachedUser(seen.id) ?? seen);
        setConflict(true);
      } else if (hasFieldErrors(error) && isApiError(error)) {
        // A rule of the API, e.g. "Du kan ikke deaktivere dig selv".
        const message = splitFieldErrors(error.fieldErrors, []).other.join(' ');
        setRefusal((current) => ({ message, attempt: (current?.attempt ?? 0) + 1 }));
      } else {
        setRefusal(null);
        setFailure(error);
      }
    }
  };

  return (
    <UserDialogFrame
      role="alertdialog"
      title={t(activate ? 'users.activeDialog.activateTitle' : 'users.activeDialog.deactivateTitle', { name })}
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        void confirm();
      }}
      submitLabel={t(activate ? 'users.activeDialog.activateSubmit' : 'users.activeDialog.deactivateSubmit')}
      submitClassName={activate ? 'button button-primary' : 'button button-warning'}
      busy={setActive.isPending}
    >
      {conflict && <ConflictAlert />}
      {refusal && <ErrorSummary message={refusal.message} focusKey={refusal.attempt} />}
      {failure !== null && <ErrorBanner error={failure} />}
      <p>{t(activate ? 'users.activeDialog.activateBody' : 'users.activeDialog.deactivateBody', { name })}</p>
    </UserDialogFrame>
  );
}
