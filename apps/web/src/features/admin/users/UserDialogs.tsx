import type { UserSummary } from '@inddrag/contracts';
import { CreateUserDialog } from './CreateUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SetActiveDialog } from './SetActiveDialog';
import type { UserDialogState } from './userDialog';
import type { useUnits } from './useUsers';

interface UserDialogsProps {
  dialog: UserDialogState;
  users: readonly UserSummary[];
  units: ReturnType<typeof useUnits>['data'];
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Opens the dialog the page asked for, with the user's current row from the list. */
export function UserDialogs({ dialog, users, units, onDone, onClose }: UserDialogsProps) {
  if (!dialog) return null;
  if (dialog.kind === 'create') {
    return units ? <CreateUserDialog key="create" units={units} onDone={onDone} onClose={onClose} /> : null;
  }
  const user = users.find((u) => u.id === dialog.userId);
  if (!user) return null;
  const key = `${dialog.kind}-${user.id}`;
  const props = { user, onDone, onClose };
  switch (dialog.kind) {
    case 'edit':
      return units ? <EditUserDialog key={key} {...props} units={units} /> : null;
    case 'active':
      return <SetActiveDialog key={key} {...props} />;
    case 'password':
      return <ResetPasswordDialog key={key} {...props} />;
  }
}
