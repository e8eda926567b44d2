import { zodResolver } from '@hookform/resolvers/zod';
import { UpdateCaseRequest, type CaseDetail, type DeadlineDates } from '@inddrag/contracts';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../../i18n/useFormatters';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { FormFeedback } from '../register/forms/FormFeedback';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from '../register/forms/useCaseForm';
import { FormToggle } from './FormToggle';
import { useUpdateCase } from './useUpdateCase';

/** The dates no other step records (yet); the deadlines count from them. Planned dates may lie ahead. */
const EDITABLE = [
  { key: 'policeDocumentationOn', planned: false },
  { key: 'networkCouncilHeldOn', planned: false },
  { key: 'placementWithoutConsentOn', planned: true },
  { key: 'planAdoptedOn', planned: false },
  { key: 'firstFollowUpOn', planned: false },
  { key: 'nextFollowUpOn', planned: true },
] as const satisfies readonly { key: keyof DeadlineDates; planned: boolean }[];

type EditableKey = (typeof EDITABLE)[number]['key'];
type Input = z.input<typeof UpdateCaseRequest>;
type Output = z.output<typeof UpdateCaseRequest>;
const FIELDS = EDITABLE.map(({ key }) => `deadlineDates.${key}` as const);

/** "Datoer for frister": what is recorded, and (for those who may change the case) a form to set them. */
export function DeadlineDatesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('caseRegister');
  const format = useFormatters();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="deadline-dates-section">
      <h2 id={headingId}>{t('deadlineDates.heading')}</h2>
      <p>{t('deadlineDates.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      <dl className="case-facts">
        {EDITABLE.map(({ key }) => {
          const value = detail.deadlineDates[key];
          return (
            <div key={key} className="case-facts-row">
              <dt>{t(`deadlineDates.${key}`)}</dt>
              <dd>{value ? <time dateTime={value}>{format.calendarDate(value)}</time> : <em>{t('deadlineDates.notSet')}</em>}</dd>
            </div>
          );
        })}
      </dl>
      {detail.can.update && (
        <FormToggle
          label={t('deadlineDates.edit')}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (next) setStatus('');
          }}
        >
          <DeadlineDatesForm
            detail={detail}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              setStatus(t('deadlineDates.saved'));
            }}
          />
        </FormToggle>
      )}
    </section>
  );
}

const baseResolver = zodResolver(UpdateCaseRequest);

interface DeadlineDatesFormProps {
  detail: CaseDetail;
  onCancel: () => void;
  onSaved: () => void;
}

function DeadlineDatesForm({ detail, onCancel, onSaved }: DeadlineDatesFormProps) {
  const { t } = useTranslation('caseRegister');
  const update = useUpdateCase(detail.id);
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<Input, unknown, Output>({
    resolver: (values, context, options) =>
      baseResolver(
        {
          version: values.version,
          deadlineDates: Object.fromEntries(
            EDITABLE.map(({ key }) => [key, values.deadlineDates?.[key] ? values.deadlineDates[key] : null]),
          ),
        },
        context,
        options,
      ),
    defaultValues: {
      version: detail.version,
      deadlineDates: Object.fromEntries(EDITABLE.map(({ key }) => [key, detail.deadlineDates[key] ?? ''])) as Record<
        EditableKey,
        string
      >,
    },
    shouldFocusError: false,
  });
  const messages = Object.fromEntries(FIELDS.map((name) => [name, t('form.dateRequired')]));
  const errors = useCaseForm(form, FIELDS, messages);

  const onValid = async (values: Output) => {
    try {
      await update.mutateAsync(values);
      onSaved();
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="case-form" data-testid="deadline-dates-form">
      <FormFeedback
        errors={errors}
        heading={t('deadlineDates.errorHeading')}
        caseId={detail.id}
        onReloaded={(current) => {
          if (current) form.setValue('version', current.version);
        }}
      />
      {EDITABLE.map(({ key, planned }) => (
        <TextField
          key={key}
          {...errors.field(`deadlineDates.${key}`)}
          type="date"
          max={planned ? undefined : today}
          label={`${t(`deadlineDates.${key}`)} ${t('form.optional')}`}
          hint={key === 'policeDocumentationOn' ? t('deadlineDates.policeDocumentationOnHint') : undefined}
          width="s"
        />
      ))}
      <div className="case-form-actions">
        <SubmitButton busy={update.isPending}>{update.isPending ? t('form.saving') : t('deadlineDates.submit')}</SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
