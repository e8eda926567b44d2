import { zodResolver } from '@hookform/resolvers/zod';
import {
  RecordConsentRequest,
  WithdrawConsentRequest,
  type MapPersonView,
  type NetworkConsent,
} from '@inddrag/contracts';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useContactStatus, useRecordConsent, useWithdrawConsent } from '../../../api/networkMaps';
import { copenhagenToday } from '../../../i18n/today';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { ContactBlocks } from './ContactBlocks';

interface ConsentSectionProps {
  caseId: string;
  /** The person as the API shows them; undefined while they exist only in the draft. */
  person: MapPersonView | undefined;
  draftName: string;
  canManage: boolean;
}

/**
 * "Samtykke og kontakt": the person's consents, recording and withdrawing one (each its own API call,
 * saved at once, not part of the map's draft), and whether the person may be contacted now.
 */
export function ConsentSection({ caseId, person, draftName, canManage }: ConsentSectionProps) {
  const { t } = useTranslation('networkMaps');
  const headingId = useId();
  const [status, setStatus] = useState('');
  const [recording, setRecording] = useState(false);

  if (!person) {
    return (
      <section className="map-consent" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('consent.heading')}</h3>
        <p>{t('consent.needsSave')}</p>
      </section>
    );
  }
  return (
    <section className="map-consent" aria-labelledby={headingId} data-testid="consent-section">
      <h3 id={headingId}>{t('consent.heading')}</h3>
      <ContactStatusLine caseId={caseId} personId={person.id} name={person.name} />
      <StatusMessage>{status}</StatusMessage>
      {!canManage && <p className="form-hint">{t('consent.cannotManage')}</p>}
      <ConsentTable
        caseId={caseId}
        person={person}
        canManage={canManage}
        onWithdrawn={() => setStatus(t('consent.withdrawnStatus'))}
      />
      {canManage &&
        (recording ? (
          <RecordConsentForm
            caseId={caseId}
            personId={person.id}
            name={person.name || draftName}
            onDone={(givenBy) => {
              setRecording(false);
              if (givenBy) setStatus(t('consent.recorded', { name: givenBy }));
            }}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setStatus('');
              setRecording(true);
            }}
          >
            {t('consent.record')}
          </button>
        ))}
    </section>
  );
}

function ContactStatusLine({ caseId, personId, name }: { caseId: string; personId: string; name: string }) {
  const { t } = useTranslation('networkMaps');
  const status = useContactStatus(caseId, personId);
  if (status.isPending) return <StatusMessage busy>{t('consent.contact.loading')}</StatusMessage>;
  if (status.isError) {
    return <ErrorBanner error={status.error} heading={t('consent.contact.loadError')} onRetry={() => void status.refetch()} />;
  }
  if (status.data.allowed) return <p className="map-contact-allowed">{t('consent.contact.allowed', { name })}</p>;
  return <ContactBlocks name={name} contact={status.data} />;
}

function ConsentTable({
  caseId,
  person,
  canManage,
  onWithdrawn,
}: {
  caseId: string;
  person: MapPersonView;
  canManage: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  if (person.consents.length === 0) return <p>{t('consent.none', { name: person.name })}</p>;
  return (
    <>
      <div className="table--responsive-scroll">
        <table className="table table--compact map-consent-table">
          <caption className="sr-only">{t('consent.caption', { name: person.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consent.givenBy')}</th>
              <th scope="col">{t('consent.scope')}</th>
              <th scope="col">{t('consent.givenOn')}</th>
              <th scope="col">{t('consent.state')}</th>
              {canManage && (
                <th scope="col">
                  <span className="sr-only">{t('consent.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {person.consents.map((consent) => (
              <tr key={consent.id}>
                <th scope="row">{consent.givenBy}</th>
                <td>{consent.scope}</td>
                <td className="text-nowrap">{format.calendarDate(consent.givenOn)}</td>
                <td>
                  {consent.withdrawnOn ? (
                    <>
                      {t('consent.withdrawn', { date: format.calendarDate(consent.withdrawnOn) })}
                      {consent.withdrawnReason && (
                        <span className="small-text map-consent-reason">
                          {t('consent.withdrawnReason', { reason: consent.withdrawnReason })}
                        </span>
                      )}
                    </>
                  ) : (
                    t('consent.active')
                  )}
                </td>
                {canManage && (
                  <td>
                    {!consent.withdrawnOn && (
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('consent.withdrawNamed', {
                          name: consent.givenBy,
                          date: format.calendarDate(consent.givenOn),
                        })}
                        aria-expanded={withdrawing === consent.id}
                        onClick={() => setWithdrawing(withdrawing === consent.id ? null : consent.id)}
                      >
                        {t('consent.withdraw')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {withdrawing && (
        <WithdrawConsentForm
          caseId={caseId}
          consent={person.consents.find((c) => c.id === withdrawing)}
          onDone={(withdrawn) => {
            setWithdrawing(null);
            if (withdrawn) onWithdrawn();
          }}
        />
      )}
    </>
  );
}

type RecordInput = z.input<typeof RecordConsentRequest>;
type RecordOutput = z.output<typeof RecordConsentRequest>;

function RecordConsentForm({
  caseId,
  personId,
  name,
  onDone,
}: {
  caseId: string;
  personId: string;
  name: string;
  onDone: (givenBy: string | null) => void;
}) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const record = useRecordConsent(caseId);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = copenhagenToday();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RecordInput, unknown, RecordOutput>({
    resolver: zodResolver(RecordConsentRequest),
    defaultValues: { givenBy: '', scope: '', givenOn: today },
    shouldFocusError: false,
  });
  const ids = { givenBy: `${formId}-givenBy`, scope: `${formId}-scope`, givenOn: `${formId}-givenOn` };
  const message = (field: keyof typeof ids) => (errors[field] ? t(`consent.errors.${field}`) : undefined);
  const items: SummaryItem[] = (['givenBy', 'scope', 'givenOn'] as const).flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  return (
    <div className="map-consent-form">
      <h4 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('consent.recordHeading', { name })}
      </h4>
      <form
        noValidate
        aria-labelledby={`${formId}-heading`}
        onSubmit={handleSubmit(
          (values) => {
            setAttempt((n) => n + 1);
            record.mutate({ personId, request: values }, { onSuccess: (consent) => onDone(consent.givenBy) });
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        {record.isError && <ErrorBanner error={record.error} heading={t('consent.recordError')} />}
        <TextField
          id={ids.givenBy}
          label={t('consent.givenBy')}
          hint={t('consent.givenByHint')}
          error={message('givenBy')}
          width="l"
          autoComplete="off"
          {...register('givenBy')}
        />
        <TextAreaField
          id={ids.scope}
          label={t('consent.scope')}
          hint={t('consent.scopeHint')}
          error={message('scope')}
          rows={2}
          {...register('scope')}
        />
        <TextField
          id={ids.givenOn}
          type="date"
          max={today}
          label={t('consent.givenOn')}
          error={message('givenOn')}
          width="s"
          {...register('givenOn')}
        />
        <div className="map-person-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={record.isPending}
            onClick={(event) => {
              if (record.isPending) event.preventDefault();
            }}
          >
            {record.isPending && <Spinner />}
            <span>{record.isPending ? t('consent.recording') : t('consent.recordSubmit')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            {t('consent.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

type WithdrawInput = z.input<typeof WithdrawConsentRequest>;
type WithdrawOutput = z.output<typeof WithdrawConsentRequest>;

function WithdrawConsentForm({
  caseId,
  consent,
  onDone,
}: {
  caseId: string;
  consent: NetworkConsent | undefined;
  onDone: (withdrawn: boolean) => void;
}) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const withdraw = useWithdrawConsent(caseId);
  const [attempt, setAttempt] = useState(0);
  const today = copenhagenToday();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<WithdrawInput, unknown, WithdrawOutput>({
    resolver: zodResolver(WithdrawConsentRequest),
    defaultValues: { withdrawnOn: today, reason: '', version: consent?.version ?? 0 },
    shouldFocusError: false,
  });
  if (!consent) return null;
  const ids = { withdrawnOn: `${formId}-withdrawnOn`, reason: `${formId}-reason` };
  const items: SummaryItem[] = errors.withdrawnOn
    ? [{ fieldId: ids.withdrawnOn, message: t('consent.errors.withdrawnOn') }]
    : [];

  return (
    <div className="map-consent-form">
      <h4 id={`${formId}-heading`}>{t('consent.withdrawHeading')}</h4>
      <form
        noValidate
        aria-labelledby={`${formId}-heading`}
        onSubmit={handleSubmit(
          (values) => {
            setAttempt((n) => n + 1);
            const reason = values.reason?.trim() ? values.reason.trim() : null;
            withdraw.mutate(
              { personId: consent.personId, consentId: consent.id, request: { ...values, reason } },
              { onSuccess: () => onDone(true) },
            );
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        {withdraw.isError && <ErrorBanner error={withdraw.error} heading={t('consent.withdrawError')} />}
        <TextField
          id={ids.withdrawnOn}
          type="date"
          max={today}
          label={t('consent.withdrawnOn')}
          error={items[0]?.message}
          width="s"
          {...register('withdrawnOn')}
        />
        <TextAreaField id={ids.reason} label={t('consent.reason')} rows={2} {...register('reason')} />
        <div className="map-person-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={withdraw.isPending}
            onClick={(event) => {
              if (withdraw.isPending) event.preventDefault();
            }}
          >
            {withdraw.isPending && <Spinner />}
            <span>{withdraw.isPending ? t('consent.withdrawing') : t('consent.withdrawSubmit')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
            {t('consent.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
