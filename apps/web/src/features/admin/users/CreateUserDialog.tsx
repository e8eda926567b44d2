import { CreateUserRequest } from '@inddrag/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TextField } from '../../../ui/TextField';
import { UserDialogFrame } from '../components/UserDialogFrame';
import { FormProblems } from '../forms/FormProblems';
import { useFormErrors } from '../forms/useFormErrors';
import { UserFormFields } from './UserFormFields';
import { NO_UNIT, withUnitIdFromSelect } from './userForm';
import { useCreateUser, type useUnits } from './useUsers';

/** In the order the fields are shown, which is the order of the error summary. */
const FIELDS = ['name', 'email', 'role', 'unitId', 'password'] as const;

interface CreateUserDialogProps {
  units: NonNullable<ReturnType<typeof useUnits>['data']>;
  onDone: (message: string) => void;
  onClose: () => void;
}

export function CreateUserDialog({ units, onDone, onClose }: CreateUserDialogProps) {
  const { t } = useTranslation('admin');
  const form = useForm<z.input<typeof CreateUserRequest>, unknown, CreateUserRequest>({
    resolver: withUnitIdFromSelect(zodResolver(CreateUserRequest)),
    defaultValues: { name: '', email: '', role: 'CASEWORKER', unitId: NO_UNIT, password: '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FIELDS);
  const create = useCreateUser();

  const onValid = async (values: CreateUserRequest) => {
    try {
      const user = await create.mutateAsync(values);
      onDone(t('users.createDialog.done', { name: user.name }));
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <UserDialogFrame
      title={t('users.createDialog.title')}
      onClose={onClose}
      onSubmit={errors.submitWith(onValid)}
      submitLabel={t('users.createDialog.submit')}
      busy={form.formState.isSubmitting}
    >
      <FormProblems errors={errors} />
      <UserFormFields
        field={errors.field}
        units={units}
        afterName={
          <TextField
            {...errors.field('email')}
            type="email"
            label={t('users.fields.email')}
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
          />
        }
      />
      <TextField
        {...errors.field('password')}
        type="password"
        label={t('users.fields.password')}
        hint={t('users.fields.initialPasswordHint')}
        autoComplete="new-password"
        maxLength={200}
      />
    </UserDialogFrame>
  );
}
