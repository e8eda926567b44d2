import type { UserSummary } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UserRow } from './UserRow';
import type { UserAction } from './userDialog';

const COLUMNS = ['name', 'email', 'role', 'unit', 'status', 'actions'] as const;

interface UserTableProps {
  users: readonly UserSummary[];
  onAction: (action: UserAction, user: UserSummary) => void;
}

export function UserTable({ users, onAction }: UserTableProps) {
  const { t } = useTranslation('admin');
  const captionId = useId();
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it.
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact admin-table">
        <caption id={captionId}>{t('users.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`users.table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} onAction={onAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
