import { zodResolver } from '@hookform/resolvers/zod';
import { UpdateMunicipalitySettingsRequest, type MunicipalitySettings } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AdminNav } from '../admin/components/AdminNav';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConflictNotice, isConflict, serverFieldErrors } from './ProblemAlerts';
import { useMunicipalitySettings, useUpdateMunicipalitySettings } from './useReferrals';

type Input = z.input<typeof UpdateMunicipalitySettingsRequest>;
type Output = z.output<typeof UpdateMunicipalitySettingsRequest>;

/** `/admin/indstillinger`: the age from which a child is referred to UngeCentret by default. */
export function MunicipalitySettingsPage() {
  const { t } = useTranslation('referrals');
  usePageTitle(t('settings.title'));
  const settings = useMunicipalitySettings();
  return (
    <>
      <AdminNav />
      <PageHeading>{t('settings.title')}</PageHeading>
      <StatusMessage busy={settings.isPending}>{settings.isPending ? t('settings.loading') : ''}</StatusMessage>
      {settings.isError && <ErrorBanner error={settings.error} heading={t('settings.loadError')} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm settings={settings.data} onReload={() => void settings.refetch()} />}
    </>
  );
}

function SettingsForm({ settings, onReload }: { settings: MunicipalitySettings; onReload: () => void }) {
  const { t } = useTranslation('referrals');
  const headingId = useId();
  const fieldId = 'settings-youth-unit-from-age';
  const update = useUpdateMunicipalitySettings();
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState('');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(UpdateMunicipalitySettingsRequest),
    values: { youthUnitFromAge: settings.youthUnitFromAge, version: settings.version },
    shouldFocusError: false,
  });
  const error = errors.youthUnitFromAge;
  const fieldMessage = error ? (error.type === 'server' && error.message ? error.message : t('settings.fieldError')) : undefined;
  const busy = update.isPending;

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    setSaved('');
    update.mutate(values, {
      onSuccess: () => setSaved(t('settings.saved')),
      onError: (failure) => {
        const fieldErrors = serverFieldErrors(failure, ['youthUnitFromAge'] as const);
        if (fieldErrors.youthUnitFromAge) setError('youthUnitFromAge', { type: 'server', message: fieldErrors.youthUnitFromAge });
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.heading')}</h2>
      <StatusMessage>{saved}</StatusMessage>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {fieldMessage && <ErrorSummary heading={t('settings.errorsHeading')} items={[{ fieldId, message: fieldMessage }]} focusKey={attempt} />}
        {update.isError && isConflict(update.error) && (
          <ConflictNotice
            heading={t('settings.errorsHeading')}
            onReload={() => {
              update.reset();
              onReload();
            }}
          />
        )}
        {update.isError && !isConflict(update.error) && !fieldMessage && <ErrorBanner error={update.error} heading={t('settings.errorsHeading')} />}
        <TextField
          id={fieldId}
          type="number"
          inputMode="numeric"
          min={10}
          max={18}
          width="xs"
          label={t('settings.youthUnitFromAge')}
          hint={t('settings.hint')}
          error={fieldMessage}
          {...register('youthUnitFromAge', { valueAsNumber: true })}
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
          <span>{busy ? t('settings.saving') : t('settings.save')}</span>
        </button>
      </form>
    </section>
  );
}
