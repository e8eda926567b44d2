import { UpdateUserRequest, type UserSummary } from '@inddrag/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictAlert } from '../components/ConflictAlert';
import { UserDialogFrame } from '../components/UserDialogFrame';
import { FormProblems } from '../forms/FormProblems';
import { isConflict } from '../forms/serverErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { UserFormFields } from './UserFormFields';
import { toEditValues, withUnitIdFromSelect } from './userForm';
import { useCachedUser, useUpdateUser, type useUnits } from './useUsers';

const FIELDS = ['name', 'role', 'unitId'] as const;

interface EditUserDialogProps {
  user: UserSummary;
  units: NonNullable<ReturnType<typeof useUnits>['data']>;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Name, role and unit of one user. The version read when the dialog opened is sent back. */
export function EditUserDialog({ user, units, onDone, onClose }: EditUserDialogProps) {
  const { t } = useTranslation('admin');
  const form = useForm<z.input<typeof UpdateUserRequest>, unknown, UpdateUserRequest>({
    resolver: withUnitIdFromSelect(zodResolver(UpdateUserRequest)),
    defaultValues: toEditValues(user),
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FIELDS);
  const update = useUpdateUser();
  const cachedUser = useCachedUser();
  const [conflict, setConflict] = useState(false);

  const onValid = async (values: UpdateUserRequest) => {
    setConflict(false);
    try {
      const saved = await update.mutateAsync({ userId: user.id, body: values });
      onDone(t('users.editDialog.done', { name: saved.name }));
    } catch (error) {
      if (!isConflict(error)) return errors.onServerError(error);
      // Show what the other person saved (the list was reloaded); the admin decides again.
      const fresh = cachedUser(user.id);
      if (fresh) form.reset(toEditValues(fresh));
      setConflict(true);
    }
  };

  return (
    <UserDialogFrame
      title={t('users.editDialog.title', { name: user.name })}
      onClose={onClose}
      onSubmit={errors.submitWith(onValid)}
      submitLabel={t('users.editDialog.submit')}
      busy={form.formState.isSubmitting}
    >
      {conflict && <ConflictAlert />}
      <FormProblems errors={errors} />
      <p className="form-hint">{user.email}</p>
      <UserFormFields field={errors.field} units={units} />
    </UserDialogFrame>
  );
}
