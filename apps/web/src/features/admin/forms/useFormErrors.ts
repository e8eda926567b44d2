import { useCallback, useId, useState, type FormEvent } from 'react';
import {
  get,
  type FieldValues,
  type Path,
  type SubmitHandler,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from 'react-hook-form';
import type { ApiError } from '../../../api/ApiError';
import type { SummaryItem } from '../../../ui/ErrorSummary';
import { hasFieldErrors, splitFieldErrors } from './serverErrors';

/** What `field(name)` gives a text field or select: its id, its error and its registration. */
export interface FieldProps extends UseFormRegisterReturn {
  id: string;
  error: string | undefined;
}

/**
 * Everything a form shows when a submit fails:
 * - client (zod) and server field errors next to their fields and in the error summary, which
 *   takes focus after each failed submit (`focusKey`);
 * - server errors that belong to no field in the summary too (`message`);
 * - any other failure (network, 403, 5xx) as `failure`, for an error banner.
 */
export function useFormErrors<T extends FieldValues, TOut = T>(
  form: UseFormReturn<T, unknown, TOut>,
  fields: readonly Path<T>[],
) {
  const idPrefix = useId();
  const [other, setOther] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [focusKey, setFocusKey] = useState(0);

  const fieldId = useCallback((name: Path<T>) => `${idPrefix}-${name}`, [idPrefix]);

  const clear = useCallback(() => {
    setOther([]);
    setFailure(null);
  }, []);

  /** For handleSubmit's second argument: the contract's schema rejected the input. */
  const onInvalid = useCallback(() => {
    clear();
    setFocusKey((n) => n + 1);
  }, [clear]);

  /** The API refused: field errors go onto the form, anything else into `failure`. */
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
  const errorOf = (name: Path<T>): string | undefined => {
    const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message ? message : undefined;
  };
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

  /** The form's onSubmit: validates with the contract, ignores a second submit while one is running. */
  const submitWith = (onValid: SubmitHandler<TOut>) => (event: FormEvent<HTMLFormElement>) => {
    if (form.formState.isSubmitting) {
      event.preventDefault();
      return;
    }
    clear();
    void form.handleSubmit(onValid, onInvalid)(event);
  };

  /** Props for one field: its id, its error and the registration. */
  const field = (name: Path<T>): FieldProps => ({ id: fieldId(name), error: errorOf(name), ...form.register(name) });

  return { fieldId, errorOf, field, summary, failure, clear, onInvalid, onServerError, submitWith };
}
