import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequest } from '@inddrag/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { loginErrorMessage } from './loginErrors';
import { useLogin } from './useLogin';

type LoginInput = z.input<typeof LoginRequest>;
type LoginOutput = z.output<typeof LoginRequest>;

const FIELD_IDS = { email: 'login-email', password: 'login-password' } as const;

export function LoginForm() {
  const { t } = useTranslation(['auth', 'common']);
  const loginMutation = useLogin();
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginInput, unknown, LoginOutput>({
    resolver: zodResolver(LoginRequest),
    defaultValues: { email: '', password: '' },
    // The error summary takes focus, not the first field (DKFDS pattern).
    shouldFocusError: false,
  });

  // The contract's own messages are Danish only; the form shows its own, in the chosen language.
  const fieldError = (field: keyof typeof FIELD_IDS) =>
    errors[field] ? t(`auth:login.fieldErrors.${field}`) : undefined;
  const items: SummaryItem[] = (['email', 'password'] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: FIELD_IDS[field], message: t(`auth:login.fieldErrors.${field}`) }));

  const serverError = loginMutation.error ? loginErrorMessage(loginMutation.error) : null;
  const serverMessage = serverError
    ? serverError.ns === 'auth'
      ? t(`auth:${serverError.key}`)
      : t(`common:${serverError.key}`)
    : undefined;

  const onValid = (values: LoginOutput) => {
    setAttempt((n) => n + 1);
    loginMutation.mutate(values);
  };
  const onInvalid = () => {
    loginMutation.reset();
    setAttempt((n) => n + 1);
  };

  const busy = loginMutation.isPending || loginMutation.isSuccess;

  return (
    <form noValidate onSubmit={handleSubmit(onValid, onInvalid)}>
      {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
      {items.length === 0 && serverMessage && !loginMutation.isPending && (
        <ErrorSummary heading={t('auth:login.errors.heading')} message={serverMessage} focusKey={attempt} />
      )}
      <TextField
        id={FIELD_IDS.email}
        label={t('auth:login.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        error={fieldError('email')}
        {...register('email')}
      />
      <TextField
        id={FIELD_IDS.password}
        label={t('auth:login.password')}
        type="password"
        autoComplete="current-password"
        error={fieldError('password')}
        {...register('password')}
      />
      <button
        type="submit"
        className="button button-primary login-submit"
        aria-disabled={busy}
        onClick={(event) => {
          if (busy) event.preventDefault();
        }}
      >
        {busy && <Spinner />}
        <span>{busy ? t('auth:login.submitting') : t('auth:login.submit')}</span>
      </button>
    </form>
  );
}
