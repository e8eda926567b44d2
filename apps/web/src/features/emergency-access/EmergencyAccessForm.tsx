import { zodResolver } from '@hookform/resolvers/zod';
import { EmergencyAccessRequest } from '@inddrag/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { problemMessageKey } from '../../ui/problemMessage';
import { Spinner } from '../../ui/Spinner';
import { TextAreaField, TextField } from '../../ui/TextField';
import { fieldErrorKeys } from './emergencyAccessErrors';
import { useEmergencyAccess } from './useEmergencyAccess';

type Input = z.input<typeof EmergencyAccessRequest>;
type Output = z.output<typeof EmergencyAccessRequest>;

const FIELD_IDS = { caseNumber: 'emergency-case-number', reason: 'emergency-reason' } as const;

export function EmergencyAccessForm() {
  const { t } = useTranslation(['emergencyAccess', 'common']);
  const mutation = useEmergencyAccess();
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(EmergencyAccessRequest),
    defaultValues: { caseNumber: '', reason: '' },
    shouldFocusError: false,
  });

  const keys = fieldErrorKeys(errors);
  const items: SummaryItem[] = (['caseNumber', 'reason'] as const)
    .filter((field) => keys[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: t(`emergencyAccess:${keys[field]!}`) }));

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    mutation.mutate(values, {
      onError: (error) => {
        if (isApiError(error) && error.status === 404) {
          setError('caseNumber', { type: 'unknownCase' });
          setAttempt((n) => n + 1);
        }
      },
    });
  };

  const generalError =
    mutation.error && !(isApiError(mutation.error) && mutation.error.status === 404) ? mutation.error : null;
  const busy = mutation.isPending || mutation.isSuccess;

  return (
    <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
      {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
      {items.length === 0 && generalError && !mutation.isPending && (
        <ErrorSummary
          heading={t('emergencyAccess:errors.heading')}
          message={t(`common:${problemMessageKey(generalError)}`)}
          focusKey={attempt}
        />
      )}
      <TextField
        id={FIELD_IDS.caseNumber}
        label={t('emergencyAccess:form.caseNumber')}
        hint={t('emergencyAccess:form.caseNumberHint')}
        autoComplete="off"
        spellCheck={false}
        maxLength={50}
        error={keys.caseNumber ? t(`emergencyAccess:${keys.caseNumber}`) : undefined}
        groupClassName="emergency-case-number"
        {...register('caseNumber')}
      />
      <TextAreaField
        id={FIELD_IDS.reason}
        label={t('emergencyAccess:form.reason')}
        hint={t('emergencyAccess:form.reasonHint')}
        maxLength={1000}
        width="xl"
        error={keys.reason ? t(`emergencyAccess:${keys.reason}`) : undefined}
        {...register('reason')}
      />
      <button
        type="submit"
        className="button button-primary button-with-spinner"
        aria-disabled={busy}
        onClick={(event) => {
          if (busy) event.preventDefault();
        }}
      >
        {busy && <Spinner />}
        <span>{busy ? t('emergencyAccess:form.submitting') : t('emergencyAccess:form.submit')}</span>
      </button>
    </form>
  );
}
