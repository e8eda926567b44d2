import { UserRole } from '@inddrag/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextField } from '../../../ui/TextField';
import type { FieldProps } from '../forms/useFormErrors';
import { unitOptions, type Option } from './userForm';
import type { useUnits } from './useUsers';

type Units = NonNullable<ReturnType<typeof useUnits>['data']>;

interface UserFormFieldsProps {
  /** `errors.field` of the form: id, error and registration of a field by name. */
  field: (name: 'name' | 'role' | 'unitId') => FieldProps;
  units: Units;
  /** Fields shown between the name and the role (the create form's e-mail). */
  afterName?: ReactNode;
}

const options = (list: readonly Option[]) =>
  list.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/** Name, role and unit: the fields the create and the edit form share. */
export function UserFormFields({ field, units, afterName }: UserFormFieldsProps) {
  const { t } = useTranslation('admin');
  return (
    <>
      <TextField {...field('name')} label={t('users.fields.name')} autoComplete="off" maxLength={200} />
      {afterName}
      <SelectInput {...field('role')} label={t('users.fields.role')}>
        {options(UserRole.options.map((role) => ({ value: role, label: t(`role.${role}`) })))}
      </SelectInput>
      <SelectInput {...field('unitId')} label={t('users.fields.unit')} hint={t('users.fields.unitHint')}>
        {options(unitOptions(units, t('users.fields.noUnit')))}
      </SelectInput>
    </>
  );
}
