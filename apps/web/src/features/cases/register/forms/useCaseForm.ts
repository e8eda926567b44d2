import { useCallback, useId, useState, type FormEvent } from 'react';
import {
  get,
  type FieldValues,
  type Path,
  type SubmitHandler,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api/ApiError';
import type { SummaryItem } from '../../../../ui/ErrorSummary';
import { hasFieldErrors, splitFieldErrors } from '../../../admin/forms/serverErrors';
import { fieldMessage, type FieldErrorLike } from './fieldMessage';

export interface CaseFieldProps extends UseFormRegisterReturn {
  id: string;
  error: string | undefined;
}

/**
 * The error handling of the case register's forms (modelled on the admin forms' useFormErrors):
 * contract and server field errors next to their fields and in the error summary, which takes
 * focus after each failed submit; other failures (409, 422, 5xx, network) as `failure`.
 * `messages` words the fields whose contract check speaks English (dates, choices).
 */
export function useCaseForm<T extends FieldValues, TOut = T>(
  form: UseFormReturn<T, unknown, TOut>,
  fields: readonly Path<T>[],
  messages: Partial<Record<Path<T>, string>> = {},
) {
  const { t } = useTranslation('caseRegister');
  const idPrefix = useId();
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [focusKey, setFocusKey] = useState(0);

  const fieldId = useCallback((name: Path<T>) => `${idPrefix}-${name.replace(/\./g, '-')}`, [idPrefix]);

  const clear = useCallback(() => {
    setOther([]);
    setFailure(null);
  }, []);

  const onInvalid = useCallback(() => {
    clear();
    setFocusKey((n) => n + 1);
  }, [clear]);

  const onServerError = useCallback(
    (error: unknown) => {
      if (!hasFieldErrors(error)) {
        setOther([]);
        setFailure(error);
        return;
      }
      const split = splitFieldErrors((error as ApiError).fieldErrors, fields);
      for (const { name, message } of split.fields) form.setError(name, { type: 'server', message });
      setFailure(null);
      setOther(split.other);
      setFocusKey((n) => n + 1);
    },
    [fields, form],
  );

  const errors = form.formState.errors;
  const errorOf = (name: Path<T>): string | undefined =>
    fieldMessage(get(errors, name) as FieldErrorLike | undefined, messages[name], t('form.tooLong'));
  const items: SummaryItem[] = fields.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ fieldId: fieldId(name), message }] : [];
  });
  const summary = {
    items,
    message: other.length > 0 ? other.join(' ') : undefined,
    focusKey,
    visible: items.length > 0 || other.length > 0,
  };

  /** The form's onSubmit: validates with the contract, ignores a second submit while one runs. */
  const submitWith = (onValid: SubmitHandler<TOut>) => (event: FormEvent<HTMLFormElement>) => {
    if (form.formState.isSubmitting) {
      event.preventDefault();
      return;
    }
    clear();
    void form.handleSubmit(onValid, onInvalid)(event);
  };

  const field = (name: Path<T>, options?: Parameters<typeof form.register>[1]): CaseFieldProps => ({
    id: fieldId(name),
    error: errorOf(name),
    ...form.register(name, options),
  });

  return { fieldId, errorOf, field, summary, failure, clear, onInvalid, onServerError, submitWith };
}

export type CaseFormErrors = Pick<ReturnType<typeof useCaseForm>, 'summary' | 'failure' | 'clear'>;
