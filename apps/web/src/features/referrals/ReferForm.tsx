import { zodResolver } from '@hookform/resolvers/zod';
import { CreateReferralRequest, type CaseDetail, type ReferralOptions } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { SelectInput, TextAreaField } from '../../ui/TextField';
import { isRuleViolation, RuleAlert, serverFieldErrors } from './ProblemAlerts';
import { useCreateReferral, useReferralOptions } from './useReferrals';

type Input = z.input<typeof CreateReferralRequest>;
type Output = z.output<typeof CreateReferralRequest>;
const FIELDS = ['toUnitId', 'decisionId', 'assessmentSummary', 'message'] as const;
type Field = (typeof FIELDS)[number];

interface ReferFormProps {
  detail: CaseDetail;
  onSent: (unitName: string) => void;
}

/** "Visitér sagen": loads where the case may go (and whether it may now), then the form. */
export function ReferForm({ detail, onSent }: ReferFormProps) {
  const { t } = useTranslation('referrals');
  const headingId = useId();
  const options = useReferralOptions(detail.id, true);
  return (
    <section className="refer-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('form.heading')}</h3>
      <StatusMessage busy={options.isPending}>{options.isPending ? t('form.loading') : ''}</StatusMessage>
      {options.isError && <ErrorBanner error={options.error} heading={t('form.loadError')} onRetry={() => void options.refetch()} />}
      {options.isSuccess && <ReferFormBody caseId={detail.id} options={options.data} onSent={onSent} />}
    </section>
  );
}

function Blocked({ options }: { options: ReferralOptions }) {
  const { t } = useTranslation('referrals');
  const honour = options.blockedBy === 'HONOUR_RISK_ASSESSMENT_MISSING';
  return (
    <div className={honour ? 'alert alert-warning' : 'alert alert-info'} data-testid="referral-blocked">
      <Icon name={honour ? 'warning' : 'info'} className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{honour ? t('form.honourHeading') : t('form.blockedHeading')}</p>
        <p className="alert-text">{options.blockedReason}</p>
      </div>
    </div>
  );
}

function ReferFormBody({ caseId, options, onSent }: { caseId: string; options: ReferralOptions; onSent: (unit: string) => void }) {
  const { t } = useTranslation(['referrals', 'common']);
  const format = useFormatters();
  const create = useCreateReferral(caseId);
  const [attempt, setAttempt] = useState(0);
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `refer-${f}-${caseId}`])) as Record<Field, string>;

  const defaultUnit = options.units.find((u) => u.id === options.defaultUnitId);
  const firstFree = defaultUnit && !defaultUnit.activeReferral ? defaultUnit : options.units.find((u) => !u.activeReferral);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(CreateReferralRequest),
    defaultValues: {
      toUnitId: firstFree?.id ?? '',
      decisionId: options.decisions.length === 1 ? options.decisions[0]?.id : '',
      assessmentSummary: '',
      message: '',
    },
    shouldFocusError: false,
  });

  if (!options.canRefer) return <Blocked options={options} />;

  const message = (field: Field): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    return t(`referrals:form.fieldErrors.${field}`);
  };
  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const unitName = options.units.find((u) => u.id === values.toUnitId)?.name ?? '';
    create.mutate(
      { ...values, message: values.message ? values.message : null },
      {
        onSuccess: () => {
          reset({ toUnitId: '', decisionId: values.decisionId, assessmentSummary: '', message: '' });
          onSent(unitName);
        },
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error, FIELDS);
          for (const [field, text] of Object.entries(fieldErrors) as [Field, string][]) setError(field, { type: 'server', message: text });
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  const busy = create.isPending;
  const ruleError = create.isError && isRuleViolation(create.error) ? create.error : null;
  const generalError = create.isError && !ruleError && items.length === 0 ? create.error : null;
  const unitHint = defaultUnit
    ? `${t('referrals:form.ageDefault', { age: options.childAge, unit: defaultUnit.name })} ${t('referrals:form.ageRule', { threshold: options.youthUnitFromAge })}`
    : undefined;

  return (
    <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))} data-testid="refer-form">
      <p>{t('referrals:form.intro')}</p>
      {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
      {ruleError && <RuleAlert error={ruleError} heading={t('referrals:form.errorsHeading')} />}
      {generalError && <ErrorBanner error={generalError} heading={t('referrals:form.errorsHeading')} />}
      <SelectInput id={ids.toUnitId} label={t('referrals:form.unit')} hint={unitHint} error={message('toUnitId')} {...register('toUnitId')}>
        <option value="">{t('referrals:form.unitPlaceholder')}</option>
        {options.units.map((unit) => (
          <option key={unit.id} value={unit.id} disabled={unit.activeReferral}>
            {unit.activeReferral ? t('referrals:form.unitTaken', { unit: unit.name }) : unit.name}
          </option>
        ))}
      </SelectInput>
      <SelectInput id={ids.decisionId} label={t('referrals:form.decision')} error={message('decisionId')} {...register('decisionId')}>
        <option value="">{t('referrals:form.decisionPlaceholder')}</option>
        {options.decisions.map((decision) => (
          <option key={decision.id} value={decision.id}>
            {t('referrals:form.decisionOption', {
              measure: decision.measure,
              decidedOn: format.calendarDate(decision.decidedOn),
              legalBasis: decision.legalBasis,
            })}
          </option>
        ))}
      </SelectInput>
      <TextAreaField
        id={ids.assessmentSummary}
        label={t('referrals:form.summary')}
        hint={t('referrals:form.summaryHint')}
        error={message('assessmentSummary')}
        rows={8}
        width="xl"
        {...register('assessmentSummary')}
      />
      <TextAreaField
        id={ids.message}
        label={t('referrals:form.message')}
        hint={t('referrals:form.messageHint')}
        error={message('message')}
        width="xl"
        {...register('message')}
      />
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={busy}
        onClick={(event) => {
          if (busy) event.preventDefault();
        }}
      >
        {busy && <Spinner />}
        <span>{busy ? t('referrals:form.submitting') : t('referrals:form.submit')}</span>
      </button>
    </form>
  );
}
