import { ResetPasswordRequest, type UserSummary } from '@inddrag/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TextField } from '../../../ui/TextField';
import { ConflictAlert } from '../components/ConflictAlert';
import { UserDialogFrame } from '../components/UserDialogFrame';
import { FormProblems } from '../forms/FormProblems';
import { isConflict } from '../forms/serverErrors';
import { useFormErrors } from '../forms/useFormErrors';
import { useCachedUser, useResetPassword } from './useUsers';

const FIELDS = ['password'] as const;

interface ResetPasswordDialogProps {
  user: UserSummary;
  onDone: (message: string) => void;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onDone, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation('admin');
  const form = useForm<z.input<typeof ResetPasswordRequest>, unknown, ResetPasswordRequest>({
    resolver: zodResolver(ResetPasswordRequest),
    defaultValues: { password: '', version: user.version },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FIELDS);
  const reset = useResetPassword();
  const cachedUser = useCachedUser();
  const [conflict, setConflict] = useState(false);

  const onValid = async (values: ResetPasswordRequest) => {
    setConflict(false);
    try {
      await reset.mutateAsync({ userId: user.id, body: values });
      onDone(t('users.passwordDialog.done', { name: user.name }));
    } catch (error) {
      if (!isConflict(error)) return errors.onServerError(error);
      // The typed password stays; the next try sends the version just loaded.
      const fresh = cachedUser(user.id);
      if (fresh) form.setValue('version', fresh.version);
      setConflict(true);
    }
  };

  return (
    <UserDialogFrame
      title={t('users.passwordDialog.title', { name: user.name })}
      onClose={onClose}
      onSubmit={errors.submitWith(onValid)}
      submitLabel={t('users.passwordDialog.submit')}
      busy={form.formState.isSubmitting}
    >
      {conflict && <ConflictAlert />}
      <FormProblems errors={errors} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
      <TextField
        {...errors.field('password')}
        type="password"
        label={t('users.fields.newPassword')}
        hint={t('users.fields.newPasswordHint')}
        autoComplete="new-password"
        maxLength={200}
      />
    </UserDialogFrame>
  );
}
