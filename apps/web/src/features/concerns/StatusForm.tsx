import { ConcernStatus, type ConcernStatement } from '@inddrag/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeConcernStatus } from '../../api/concerns';
import { isStaleWrite } from '../../api/staleWrite';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextAreaField } from '../../ui/TextField';

/** Goal achieved, statement withdrawn (with a reason), or active again. */
export function StatusForm({ caseId, pair, onDone }: { caseId: string; pair: ConcernStatement; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('concerns');
  const formId = useId();
  const change = useChangeConcernStatus(caseId);
  const [status, setStatus] = useState<ConcernStatus>(pair.status === 'ACTIVE' ? 'ACHIEVED' : 'ACTIVE');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status !== 'ACTIVE' && reason.trim() === '') {
      setMissingReason(true);
      document.getElementById(`${formId}-reason`)?.focus();
      return;
    }
    setMissingReason(false);
    change.mutate(
      { statementId: pair.id, request: { status, reason: reason.trim() || null, version: pair.version } },
      { onSuccess: (saved) => onDone(t('status.saved', { number: saved.number })) },
    );
  };
  return (
    <form className="concern-status-form" noValidate onSubmit={submit} aria-labelledby={`${formId}-heading`}>
      <h4 id={`${formId}-heading`}>{t('status.heading', { number: pair.number })}</h4>
      {change.isError &&
        (isStaleWrite(change.error) ? (
          <div className="alert alert-warning" role="alert">
            <div className="alert-body">
              <p className="alert-text">{t('status.conflict')}</p>
            </div>
          </div>
        ) : (
          <ErrorBanner error={change.error} heading={t('status.error')} />
        ))}
      <SelectInput id={`${formId}-status`} label={t('status.status')} hint={t('status.statusHint')} value={status} onChange={(e) => setStatus(e.target.value as ConcernStatus)}>
        {ConcernStatus.options
          .filter((option) => option !== pair.status)
          .map((option) => (
            <option key={option} value={option}>
              {t(`pair.status.${option}`)}
            </option>
          ))}
      </SelectInput>
      <TextAreaField
        id={`${formId}-reason`}
        label={t('status.reason')}
        hint={t('status.reasonHint')}
        error={missingReason ? t('status.errors.reason') : undefined}
        rows={3}
        width="xl"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="concern-form-actions">
        <button type="submit" className="button button-primary" aria-disabled={change.isPending}>
          {change.isPending && <Spinner />}
          <span>{t('status.submit')}</span>
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('status.cancel')}
        </button>
      </div>
    </form>
  );
}
