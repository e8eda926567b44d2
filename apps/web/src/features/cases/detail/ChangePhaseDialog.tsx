import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePhaseRequest, type CaseDetail, type CasePhase } from '@inddrag/contracts';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ModalDialog } from '../../../ui/ModalDialog';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { RadioGroupField } from '../register/forms/ChoiceFields';
import { FormFeedback } from '../register/forms/FormFeedback';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from '../register/forms/useCaseForm';
import { useChangePhase } from './useCaseRegister';

type Input = z.input<typeof ChangePhaseRequest>;
type Output = z.output<typeof ChangePhaseRequest>;
const FIELDS = ['toPhase', 'changedOn', 'reason'] as const;

/** Closing a case needs a reason (the API says so too). */
const schema = ChangePhaseRequest.superRefine((value, ctx) => {
  if (value.toPhase === 'AFSLUTTET' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason' });
});

interface ChangePhaseDialogProps {
  detail: CaseDetail;
  onClose: () => void;
  onChanged: (phase: CasePhase) => void;
}

/** "Skift fase": the phases the case may move to now, the date of the step and (to close) why. */
export function ChangePhaseDialog({ detail, onClose, onChanged }: ChangePhaseDialogProps) {
  const { t } = useTranslation(['caseRegister', 'cases']);
  const change = useChangePhase(detail.id);
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<Input, unknown, Output>({
    resolver: (values, context, options) =>
      zodResolver(schema)({ ...values, reason: values.reason?.trim() ? values.reason : null }, context, options),
    defaultValues: {
      toPhase: (detail.allowedPhases.length === 1 ? detail.allowedPhases[0] : '') as CasePhase,
      changedOn: today,
      reason: '',
      version: detail.version,
    },
    shouldFocusError: false,
  });
  const errors = useCaseForm(form, FIELDS, {
    toPhase: t('caseRegister:phase.toPhaseRequired'),
    changedOn: t('caseRegister:form.dateRequired'),
    reason: t('caseRegister:phase.reasonRequired'),
  });
  const toPhase = useWatch({ control: form.control, name: 'toPhase' });

  const onValid = async (values: Output) => {
    try {
      await change.mutateAsync(values);
      onChanged(values.toPhase);
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
      title={t('caseRegister:phase.dialogTitle')}
    >
      <form noValidate onSubmit={errors.submitWith(onValid)} data-testid="change-phase-form">
        <FormFeedback
          errors={errors}
          heading={t('caseRegister:phase.errorHeading')}
          caseId={detail.id}
          onReloaded={(current) => {
            if (current) form.setValue('version', current.version);
          }}
        />
        <RadioGroupField
          {...errors.field('toPhase')}
          legend={t('caseRegister:phase.toPhase')}
          options={detail.allowedPhases.map((phase) => ({ value: phase, label: t(`cases:phase.${phase}`) }))}
        />
        <TextField
          {...errors.field('changedOn')}
          type="date"
          max={today}
          label={t('caseRegister:phase.changedOn')}
          hint={t('caseRegister:phase.changedOnHint')}
          width="s"
        />
        <TextAreaField
          {...errors.field('reason')}
          label={
            toPhase === 'AFSLUTTET'
              ? t('caseRegister:phase.reason')
              : `${t('caseRegister:phase.reason')} ${t('caseRegister:form.optional')}`
          }
          hint={t('caseRegister:phase.reasonHint')}
          width="xl"
        />
        <div className="modal-actions">
          <SubmitButton busy={change.isPending}>
            {change.isPending ? t('caseRegister:form.saving') : t('caseRegister:phase.submit')}
          </SubmitButton>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('caseRegister:form.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
