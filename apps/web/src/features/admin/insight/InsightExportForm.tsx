import { InsightExportRequest } from '@inddrag/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { FormProblems } from '../forms/FormProblems';
import { SubmitButton } from '../forms/SubmitButton';
import { useFormErrors } from '../forms/useFormErrors';

const FIELDS = ['caseNumber', 'reason'] as const;

interface InsightExportFormProps {
  onExport: (request: InsightExportRequest) => Promise<unknown>;
}

export function InsightExportForm({ onExport }: InsightExportFormProps) {
  const { t } = useTranslation('admin');
  const form = useForm<z.input<typeof InsightExportRequest>, unknown, InsightExportRequest>({
    resolver: zodResolver(InsightExportRequest),
    defaultValues: { caseNumber: '', reason: '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FIELDS);

  const onValid = async (values: InsightExportRequest) => {
    try {
      await onExport(values);
    } catch (error) {
      // An unknown case number is a mistake in the field, not a failure of the page.
      if (isApiError(error) && error.status === 404) {
        form.setError('caseNumber', { type: 'server', message: t('insight.form.notFound') });
        errors.onInvalid();
        return;
      }
      errors.onServerError(error);
    }
  };

  return (
    <form
      noValidate
      className="insight-form no-print"
      aria-label={t('insight.form.label')}
      onSubmit={errors.submitWith(onValid)}
    >
      <FormProblems errors={errors} failureHeading={t('insight.error')} />
      <TextField
        {...errors.field('caseNumber')}
        label={t('insight.form.caseNumber')}
        hint={t('insight.form.caseNumberHint')}
        autoComplete="off"
        spellCheck={false}
        maxLength={50}
        groupClassName="insight-case-number"
      />
      <TextAreaField
        {...errors.field('reason')}
        label={t('insight.form.reason')}
        hint={t('insight.form.reasonHint')}
        rows={3}
        maxLength={500}
      />
      <SubmitButton busy={form.formState.isSubmitting}>{t('insight.form.submit')}</SubmitButton>
    </form>
  );
}
