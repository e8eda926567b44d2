import type { UserRef } from '@inddrag/contracts';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextField } from '../../../ui/TextField';
import { fieldIdOf, NAMED, type PlanFormValues } from './planForm';

interface RoleFieldProps {
  formId: string;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  role: 'inviter' | 'leader' | 'noteTaker';
  users: readonly UserRef[];
}

/** A role: a user from the list, or someone without a login whose name is written. */
export function RoleField({ role, users, formId, control, register, errors }: RoleFieldProps) {
  const { t } = useTranslation('meetings');
  const choice = useWatch({ control, name: `${role}.choice` });
  return (
    <div className="meeting-role">
      <SelectInput
        id={fieldIdOf(formId, `${role}.choice`)}
        label={t(`plan.role.${role}`)}
        error={errors[role]?.choice?.message}
        {...register(`${role}.choice`)}
      >
        <option value="">{t('plan.noOne')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
        <option value={NAMED}>{t('plan.someoneElse')}</option>
      </SelectInput>
      {choice === NAMED && (
        <TextField
          id={fieldIdOf(formId, `${role}.name`)}
          label={t('plan.roleName', { role: t(`plan.role.${role}`) })}
          error={errors[role]?.name?.message}
          width="l"
          {...register(`${role}.name`)}
        />
      )}
    </div>
  );
}
