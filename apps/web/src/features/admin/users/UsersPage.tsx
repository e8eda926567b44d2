import type { UserSummary } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminNav } from '../components/AdminNav';
import { SuccessMessage } from '../components/SuccessMessage';
import { UserDialogs } from './UserDialogs';
import { UserTable } from './UserTable';
import type { UserAction, UserDialogState } from './userDialog';
import { useUnits, useUsers } from './useUsers';

/** /admin/brugere: the municipality's users, with create, edit, deactivate and password reset. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const users = useUsers();
  const units = useUnits();
  const [dialog, setDialog] = useState<UserDialogState>(null);
  const [success, setSuccess] = useState('');

  const open = (next: UserDialogState) => {
    setSuccess('');
    setDialog(next);
  };
  const onAction = (kind: UserAction, user: UserSummary) => open({ kind, userId: user.id });
  const onDone = (message: string) => {
    setDialog(null);
    setSuccess(message);
  };

  const list = users.data ?? [];
  const status = (() => {
    if (users.isPending) return t('users.loading');
    if (!users.data) return '';
    return list.length === 0 ? t('users.empty') : t('users.shown', { count: list.length });
  })();

  return (
    <>
      <AdminNav />
      <PageHeading>{t('users.title')}</PageHeading>
      <p className="font-lead">{t('users.intro')}</p>
      <p>
        <button
          type="button"
          className="button button-primary"
          aria-disabled={!units.data || undefined}
          onClick={() => {
            if (units.data) open({ kind: 'create' });
          }}
        >
          {t('users.create')}
        </button>
      </p>
      {units.isError && (
        <ErrorBanner error={units.error} heading={t('users.unitsLoadError')} onRetry={() => void units.refetch()} />
      )}
      <SuccessMessage message={success} />
      <StatusMessage busy={users.isPending}>{status}</StatusMessage>
      {users.isError && !users.isFetching && (
        <ErrorBanner error={users.error} heading={t('users.loadError')} onRetry={() => void users.refetch()} />
      )}
      {list.length > 0 && <UserTable users={list} onAction={onAction} />}
      <UserDialogs dialog={dialog} users={list} units={units.data} onDone={onDone} onClose={() => setDialog(null)} />
    </>
  );
}
