import { zodResolver } from '@hookform/resolvers/zod';
import { ParentInput, ParentRelation, type CaseParent, type ParentFormInput } from '@inddrag/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ModalDialog } from '../../../ui/ModalDialog';
import { SelectInput, TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { CheckboxField } from '../register/forms/ChoiceFields';
import { FormFeedback } from '../register/forms/FormFeedback';
import { useCaseForm } from '../register/forms/useCaseForm';
import { useAddParent, useUpdateParent } from './useCaseRegister';

type Output = z.output<typeof ParentInput>;
const FIELDS = ['name', 'relation', 'hasCustody', 'cpr', 'address', 'phone', 'email'] as const;

const baseResolver = zodResolver(ParentInput);
const blank = (value: string | null | undefined) => (value?.trim() ? value : null);

interface ParentDialogProps {
  caseId: string;
  /** The parent to change; null adds a new one. */
  parent: CaseParent | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Adds a parent to the case or changes one (409 when someone else changed the parent meanwhile). */
export function ParentDialog({ caseId, parent, onClose, onSaved }: ParentDialogProps) {
  const { t } = useTranslation('caseRegister');
  const add = useAddParent(caseId);
  const update = useUpdateParent(caseId);
  const form = useForm<ParentFormInput, unknown, Output>({
    resolver: (values, context, options) =>
      baseResolver(
        {
          ...values,
          // Left empty on a change, the stored CPR is kept (the page only knows it masked).
          cpr: parent && !values.cpr?.trim() ? undefined : blank(values.cpr),
          address: blank(values.address),
          phone: blank(values.phone),
          email: blank(values.email),
        },
        context,
        options,
      ),
    defaultValues: {
      name: parent?.name ?? '',
      relation: parent?.relation ?? ('' as ParentRelation),
      hasCustody: parent?.hasCustody ?? false,
      cpr: '',
      address: parent?.address ?? '',
      phone: parent?.phone ?? '',
      email: parent?.email ?? '',
    },
    shouldFocusError: false,
  });
  const errors = useCaseForm(form, FIELDS, { relation: t('parents.relationRequired') });
  const busy = add.isPending || update.isPending;
  // The version the change is based on; after a 409 and a reload, the parent's new one.
  const [version, setVersion] = useState(parent?.version ?? 0);

  const onValid = async (values: Output) => {
    try {
      const saved = parent
        ? await update.mutateAsync({ parentId: parent.id, request: { ...values, version } })
        : await add.mutateAsync(values);
      onSaved(saved.name);
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={parent ? t('parents.editTitle', { name: parent.name }) : t('parents.addTitle')}
    >
      <form noValidate onSubmit={errors.submitWith(onValid)} data-testid="parent-form">
        <FormFeedback
          errors={errors}
          heading={t('parents.errorHeading')}
          caseId={caseId}
          onReloaded={(current) => {
            const now = current?.parents.find((p) => p.id === parent?.id);
            if (now) setVersion(now.version);
          }}
        />
        <TextField {...errors.field('name')} label={t('parents.name')} autoComplete="off" width="l" />
        <SelectInput {...errors.field('relation')} label={t('parents.relationLabel')}>
          <option value="">{t('parents.relationPlaceholder')}</option>
          {ParentRelation.options.map((relation) => (
            <option key={relation} value={relation}>
              {t(`parents.relation.${relation}`)}
            </option>
          ))}
        </SelectInput>
        <CheckboxField {...errors.field('hasCustody')} label={t('parents.hasCustody')} />
        <TextField
          {...errors.field('cpr')}
          label={`${t('parents.cpr')} ${t('form.optional')}`}
          hint={parent?.cprMasked ? t('parents.cprKept', { masked: parent.cprMasked }) : t('parents.cprHint')}
          inputMode="numeric"
          autoComplete="off"
          width="s"
        />
        <TextField {...errors.field('address')} label={`${t('parents.address')} ${t('form.optional')}`} width="xl" />
        <TextField
          {...errors.field('phone')}
          type="tel"
          label={`${t('parents.phone')} ${t('form.optional')}`}
          autoComplete="off"
          width="m"
        />
        <TextField
          {...errors.field('email')}
          type="email"
          label={`${t('parents.email')} ${t('form.optional')}`}
          autoComplete="off"
          width="l"
        />
        <div className="modal-actions">
          <SubmitButton busy={busy}>{busy ? t('form.saving') : t('parents.save')}</SubmitButton>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
