import { zodResolver } from '@hookform/resolvers/zod';
import { RecordRiskAssessmentRequest, type CaseDetail } from '@inddrag/contracts';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../../i18n/useFormatters';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { FormFeedback } from '../register/forms/FormFeedback';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from '../register/forms/useCaseForm';
import { useRecordRiskAssessment } from './useCaseRegister';

/**
 * "Æreskonflikt" (BL § 18, stk. 3): shown while honour-related conflict is suspected or an
 * assessment is on record — the recorded risk assessment, or the form to record it.
 */
export function HonourSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('caseRegister');
  const format = useFormatters();
  const headingId = useId();
  const [status, setStatus] = useState('');
  const { honour } = detail;
  if (!honour.suspected && !honour.riskAssessedOn) return null;

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="honour-section">
      <h2 id={headingId}>{t('honour.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      {!honour.suspected && <p>{t('honour.notSuspected')}</p>}
      {honour.riskAssessedOn && (
        <div className="case-subsection" data-testid="honour-assessment">
          <h3>{t('honour.assessedHeading')}</h3>
          <dl className="case-facts">
            <dt>{t('honour.assessedOn')}</dt>
            <dd>
              <time dateTime={honour.riskAssessedOn}>{format.calendarDate(honour.riskAssessedOn)}</time>
            </dd>
            <dt>{t('honour.assessedBy')}</dt>
            <dd>{honour.riskAssessedBy?.name ?? t('honour.unknownUser')}</dd>
            <dt>{t('honour.summary')}</dt>
            <dd className="preserve-lines">{honour.riskAssessment}</dd>
          </dl>
        </div>
      )}
      {honour.suspected && honour.networkContactBlocked && detail.can.assessHonourRisk && (
        <RiskAssessmentForm detail={detail} onSaved={() => setStatus(t('honour.form.saved'))} />
      )}
    </section>
  );
}

type Input = z.input<typeof RecordRiskAssessmentRequest>;
type Output = z.output<typeof RecordRiskAssessmentRequest>;
const FIELDS = ['assessedOn', 'summary'] as const;

function RiskAssessmentForm({ detail, onSaved }: { detail: CaseDetail; onSaved: () => void }) {
  const { t } = useTranslation('caseRegister');
  const record = useRecordRiskAssessment(detail.id);
  const headingId = useId();
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(RecordRiskAssessmentRequest),
    defaultValues: { assessedOn: today, summary: '', version: detail.version },
    shouldFocusError: false,
  });
  const errors = useCaseForm(form, FIELDS, { assessedOn: t('form.dateRequired') });

  const onValid = async (values: Output) => {
    try {
      // The case's current version: the flag may have been set a moment ago on this page.
      await record.mutateAsync({ ...values, version: detail.version });
      onSaved();
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="case-form" aria-labelledby={headingId} data-testid="risk-assessment-form">
      <h3 id={headingId}>{t('honour.form.heading')}</h3>
      <FormFeedback errors={errors} heading={t('honour.form.errorHeading')} caseId={detail.id} />
      <TextField {...errors.field('assessedOn')} type="date" max={today} label={t('honour.form.assessedOn')} width="s" />
      <TextAreaField {...errors.field('summary')} label={t('honour.form.summary')} hint={t('honour.form.summaryHint')} width="xl" />
      <SubmitButton busy={record.isPending}>{record.isPending ? t('form.saving') : t('honour.form.submit')}</SubmitButton>
    </form>
  );
}
