import { zodResolver } from '@hookform/resolvers/zod';
import { NotificationInput, type CaseDetail, type NotificationFormInput, type NotificationSource } from '@inddrag/contracts';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { FormFeedback } from '../register/forms/FormFeedback';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from '../register/forms/useCaseForm';
import { NotificationFields, useNotificationMessages } from '../register/NotificationFields';
import { FormToggle } from './FormToggle';
import { useNotifications, useRegisterNotification } from './useCaseRegister';

/** "Underretninger": the notifications received on the case, and a form for a new one. */
export function NotificationsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('caseRegister');
  const format = useFormatters();
  const headingId = useId();
  const notifications = useNotifications(detail.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const items = notifications.data?.items ?? [];

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="notifications-section">
      <h2 id={headingId}>{t('notifications.heading')}</h2>
      <StatusMessage busy={notifications.isPending}>
        {notifications.isPending ? t('notifications.loading') : status}
      </StatusMessage>
      {notifications.isError && (
        <ErrorBanner
          error={notifications.error}
          heading={t('notifications.loadError')}
          onRetry={() => void notifications.refetch()}
        />
      )}
      {notifications.isSuccess && items.length === 0 && <p>{t('notifications.empty')}</p>}
      {items.length > 0 && (
        <ul className="nobullet-list notification-list">
          {items.map((notification) => (
            <li key={notification.id} className="notification-item">
              <p className="notification-meta">
                <strong>
                  <time dateTime={notification.receivedOn}>{format.calendarDate(notification.receivedOn)}</time>
                  {' · '}
                  {t(`notification.sources.${notification.source}`)}
                  {notification.sourceName && ` (${notification.sourceName})`}
                </strong>
                {notification.concernsAbuse && (
                  <>
                    {' '}
                    <span className="badge badge-warning">{t('notifications.abuse')}</span>
                  </>
                )}
              </p>
              <p className="notification-content">{notification.content}</p>
              <p className="small-text notification-by">
                {t('notifications.columns.registeredBy')}: {notification.registeredBy?.name ?? t('notifications.unknownUser')},{' '}
                <time dateTime={notification.registeredAt}>{format.dateTime(notification.registeredAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {detail.can.registerNotification && (
        <FormToggle
          label={t('notifications.add')}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (next) setStatus('');
          }}
        >
          <NotificationForm
            caseId={detail.id}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              setStatus(t('notifications.saved'));
            }}
          />
        </FormToggle>
      )}
    </section>
  );
}

type Output = z.output<typeof NotificationInput>;
const FIELDS = ['receivedOn', 'source', 'sourceName', 'content', 'concernsAbuse'] as const;
const baseResolver = zodResolver(NotificationInput);

interface NotificationFormProps {
  caseId: string;
  onCancel: () => void;
  onSaved: () => void;
}

function NotificationForm({ caseId, onCancel, onSaved }: NotificationFormProps) {
  const { t } = useTranslation('caseRegister');
  const register = useRegisterNotification(caseId);
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<NotificationFormInput, unknown, Output>({
    resolver: (values, context, options) =>
      baseResolver({ ...values, sourceName: values.sourceName?.trim() ? values.sourceName : null }, context, options),
    defaultValues: { receivedOn: today, source: '' as NotificationSource, sourceName: '', content: '', concernsAbuse: false },
    shouldFocusError: false,
  });
  const errors = useCaseForm(form, FIELDS, useNotificationMessages());

  const onValid = async (values: Output) => {
    try {
      await register.mutateAsync(values);
      onSaved();
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="case-form" data-testid="notification-form">
      <h3>{t('notifications.formHeading')}</h3>
      <FormFeedback errors={errors} heading={t('notifications.errorHeading')} caseId={caseId} />
      <NotificationFields
        today={today}
        fields={{
          receivedOn: errors.field('receivedOn'),
          source: errors.field('source'),
          sourceName: errors.field('sourceName'),
          content: errors.field('content'),
          concernsAbuse: errors.field('concernsAbuse'),
        }}
      />
      <div className="case-form-actions">
        <SubmitButton busy={register.isPending}>
          {register.isPending ? t('form.saving') : t('notifications.submit')}
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
