import type { UserSummary } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserAction } from './userDialog';

interface UserRowProps {
  user: UserSummary;
  onAction: (action: UserAction, user: UserSummary) => void;
}

export function UserRow({ user, onAction }: UserRowProps) {
  const { t } = useTranslation('admin');
  const name = user.name;
  const action = (kind: UserAction, label: string, suffix: string) => (
    <li>
      <button type="button" className="function-link" onClick={() => onAction(kind, user)}>
        {label}
        <span className="sr-only"> {suffix}</span>
      </button>
    </li>
  );
  return (
    <tr className={user.active ? undefined : 'admin-user-inactive'}>
      <th scope="row">{name}</th>
      <td className="admin-break">{user.email}</td>
      <td>{t(`role.${user.role}`)}</td>
      <td>{user.unit?.name ?? <em>{t('users.table.noUnit')}</em>}</td>
      <td>{user.active ? t('users.table.active') : <strong>{t('users.table.inactive')}</strong>}</td>
      <td>
        <ul className="nobullet-list admin-row-actions">
          <li>
            <Link to={`/admin/brugere/${user.id}`} className="function-link">
              {t('users.actions.activity')}
              <span className="sr-only"> {t('users.actions.activityFor', { name })}</span>
            </Link>
          </li>
          {action('edit', t('users.actions.edit'), t('users.actions.editFor', { name }))}
          {action('password', t('users.actions.resetPassword'), t('users.actions.resetPasswordFor', { name }))}
          {user.active
            ? action('active', t('users.actions.deactivate'), t('users.actions.deactivateFor', { name }))
            : action('active', t('users.actions.activate'), t('users.actions.activateFor', { name }))}
        </ul>
      </td>
    </tr>
  );
}
