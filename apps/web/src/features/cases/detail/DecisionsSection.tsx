import { DecisionConsent, type CaseDetail, type DecisionFormInput, type DecisionInput } from '@inddrag/contracts';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { CheckboxField, RadioGroupField } from '../register/forms/ChoiceFields';
import { FormFeedback } from '../register/forms/FormFeedback';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from '../register/forms/useCaseForm';
import { FormToggle } from './FormToggle';
import { decisionResolver, PlacementQuestions } from './PlacementQuestions';
import { useDecisions, useRecordDecision } from './useCaseRegister';

/** "Afgørelser": the decisions on the case (measure, purpose, expected duration), and a form to record one. */
export function DecisionsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('caseRegister');
  const format = useFormatters();
  const headingId = useId();
  const decisions = useDecisions(detail.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const items = decisions.data?.items ?? [];

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="decisions-section">
      <h2 id={headingId}>{t('decisions.heading')}</h2>
      <StatusMessage busy={decisions.isPending}>{decisions.isPending ? t('decisions.loading') : status}</StatusMessage>
      {decisions.isError && (
        <ErrorBanner error={decisions.error} heading={t('decisions.loadError')} onRetry={() => void decisions.refetch()} />
      )}
      {decisions.isSuccess && items.length === 0 && <p>{t('decisions.empty')}</p>}
      {items.length > 0 && (
        <ul className="nobullet-list decision-list">
          {items.map((decision) => (
            <li key={decision.id} className="decision-item">
              <h3 className="h5 decision-title">
                {decision.measure}
                {decision.isPlacement && (
                  <>
                    {' '}
                    <span className="badge badge-info">{t('decisions.placement')}</span>
                  </>
                )}
              </h3>
              <dl className="case-facts case-facts--compact">
                <dt>{t('decisions.columns.decidedOn')}</dt>
                <dd>
                  <time dateTime={decision.decidedOn}>{format.calendarDate(decision.decidedOn)}</time>
                  {decision.decidedBy && `, ${decision.decidedBy.name}`}
                </dd>
                <dt>{t('decisions.columns.legalBasis')}</dt>
                <dd>{decision.legalBasis}</dd>
                <dt>{t('decisions.columns.purpose')}</dt>
                <dd className="preserve-lines">{decision.purpose}</dd>
                <dt>{t('decisions.columns.expectedDuration')}</dt>
                <dd>{decision.expectedDuration}</dd>
                <dt>{t('decisions.columns.consent')}</dt>
                <dd>{t(`decisions.consent.${decision.consent}`)}</dd>
                {decision.placement && (
                  <>
                    <dt>{t('decisions.network.usedShort')}</dt>
                    <dd>
                      {t(`decisions.network.method.${decision.placement.methodUsed}`)}
                      {decision.placement.reasonNotUsed && ` – ${decision.placement.reasonNotUsed}`}
                    </dd>
                    {decision.placement.placementInNetwork && (
                      <>
                        <dt>{t('decisions.network.inNetworkShort')}</dt>
                        <dd>{t('decisions.network.yes')}</dd>
                      </>
                    )}
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {detail.can.recordDecision && (
        <FormToggle
          label={t('decisions.add')}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (next) setStatus('');
          }}
        >
          <DecisionForm
            caseId={detail.id}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              setStatus(t('decisions.saved'));
            }}
          />
        </FormToggle>
      )}
    </section>
  );
}

type Output = z.output<typeof DecisionInput>;
const FIELDS = [
  'legalBasis',
  'measure',
  'purpose',
  'expectedDuration',
  'decidedOn',
  'consent',
  'isPlacement',
  'networkMethodConsidered',
  'networkMethodUsed',
  'networkMethodReason',
  'placementInNetwork',
] as const;



interface DecisionFormProps {
  caseId: string;
  onCancel: () => void;
  onSaved: () => void;
}

function DecisionForm({ caseId, onCancel, onSaved }: DecisionFormProps) {
  const { t } = useTranslation('caseRegister');
  const record = useRecordDecision(caseId);
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<DecisionFormInput, unknown, Output>({
    resolver: decisionResolver,
    defaultValues: {
      legalBasis: '',
      measure: '',
      purpose: '',
      expectedDuration: '',
      decidedOn: today,
      consent: 'WITH_CONSENT',
      isPlacement: false,
      networkMethodConsidered: null,
      networkMethodUsed: null,
      networkMethodReason: null,
      placementInNetwork: false,
    },
    shouldFocusError: false,
  });
  const isPlacement = useWatch({ control: form.control, name: 'isPlacement' });
  const errors = useCaseForm(form, FIELDS, { decidedOn: t('form.dateRequired') });

  const onValid = async (values: Output) => {
    try {
      await record.mutateAsync(values);
      onSaved();
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="case-form" data-testid="decision-form">
      <h3>{t('decisions.formHeading')}</h3>
      <FormFeedback errors={errors} heading={t('decisions.errorHeading')} caseId={caseId} />
      <TextField {...errors.field('legalBasis')} label={t('decisions.legalBasis')} hint={t('decisions.legalBasisHint')} width="l" />
      <TextField {...errors.field('measure')} label={t('decisions.measure')} width="xl" />
      <TextAreaField {...errors.field('purpose')} label={t('decisions.purpose')} width="xl" />
      <TextField
        {...errors.field('expectedDuration')}
        label={t('decisions.expectedDuration')}
        hint={t('decisions.expectedDurationHint')}
        width="m"
      />
      <TextField {...errors.field('decidedOn')} type="date" max={today} label={t('decisions.decidedOn')} width="s" />
      <RadioGroupField
        {...errors.field('consent')}
        legend={t('decisions.consentLegend')}
        options={DecisionConsent.options.map((consent) => ({ value: consent, label: t(`decisions.consent.${consent}`) }))}
      />
      <CheckboxField {...errors.field('isPlacement')} label={t('decisions.isPlacement')} />
      {isPlacement && <PlacementQuestions field={errors.field} />}
      <div className="case-form-actions">
        <SubmitButton busy={record.isPending}>{record.isPending ? t('form.saving') : t('decisions.submit')}</SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

