import type { MeetingDetail } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingRunCalls, useCreateAgreements } from '../../../api/meetingRun';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { DecisionFormFields, type DecisionFields } from './DecisionForm';

interface DecisionsSectionProps {
  meeting: MeetingDetail;
  disabled: boolean;
  /** Runs a versioned write after the autosave (see useRunAutosave). */
  exclusive: (write: (version: number) => Promise<MeetingDetail>) => Promise<MeetingDetail>;
}

/** The decisions (what, who, by when), and turning the chosen ones into part-2 agreements in one step. */
export function DecisionsSection({ meeting, disabled, exclusive }: DecisionsSectionProps) {
  const { t } = useTranslation('meetingRun');
  const format = useFormatters();
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const agreements = useCreateAgreements(meeting.id);

  const write = async (run: (version: number) => Promise<MeetingDetail>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await exclusive(run);
      setMessage(done);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = (fields: DecisionFields) => write((version) => meetingRunCalls.addDecision(meeting.id, { ...fields, version }), t('decisions.added'));
  const remove = (decisionId: string) =>
    void write((version) => meetingRunCalls.deleteDecision(meeting.id, decisionId, version), t('decisions.removed'));

  const toMap = () => {
    setMessage('');
    if (selected.length === 0) return setMessage(t('decisions.noneSelected'));
    agreements.mutate(selected, {
      onSuccess: (result) => {
        setSelected([]);
        const skipped = result.skipped.length > 0 ? ` ${t('decisions.skipped', { count: result.skipped.length })}` : '';
        setMessage(`${t('decisions.created', { count: result.created.length })}${skipped}`);
      },
    });
  };
  const toggle = (id: string, on: boolean) => setSelected((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));

  return (
    <section className="run-section" aria-labelledby="run-decisions-heading">
      <h2 id="run-decisions-heading" className="h3">
        {t('decisions.heading')}
      </h2>
      {error !== null && <ErrorBanner error={error} heading={t('decisions.error')} />}
      {agreements.isError && <ErrorBanner error={agreements.error} heading={t('decisions.toMapError')} />}
      {meeting.decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <table className="table table--compact run-decisions">
          <caption className="sr-only">{t('decisions.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.select')}</th>
              <th scope="col">{t('decisions.what')}</th>
              <th scope="col">{t('decisions.who')}</th>
              <th scope="col">{t('decisions.dueOn')}</th>
              <th scope="col">{t('decisions.status')}</th>
              <th scope="col">
                <span className="sr-only">{t('decisions.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {meeting.decisions.map((decision) => {
              const convertible = !decision.networkAgreementId && decision.networkPersonId !== null;
              return (
                <tr key={decision.id}>
                  <td>
                    {convertible && (
                      <input
                        type="checkbox"
                        className="form-checkbox run-inline-checkbox"
                        aria-label={t('decisions.selectOne', { what: decision.what })}
                        checked={selected.includes(decision.id)}
                        onChange={(event) => toggle(decision.id, event.target.checked)}
                        disabled={disabled}
                      />
                    )}
                  </td>
                  <td>{decision.what}</td>
                  <td>{decision.who}</td>
                  <td>{decision.dueOn ? format.calendarDate(decision.dueOn) : '–'}</td>
                  <td>{decision.networkAgreementId ? t('decisions.inMap') : decision.networkPersonId ? t('decisions.notInMap') : t('decisions.noPerson')}</td>
                  <td>
                    {!decision.networkAgreementId && (
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('decisions.removeOne', { what: decision.what })}
                        onClick={() => remove(decision.id)}
                        disabled={disabled || busy}
                      >
                        {t('decisions.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {meeting.decisions.some((d) => !d.networkAgreementId && d.networkPersonId) && (
        <div className="run-to-map">
          <p className="form-hint" id="run-to-map-hint">
            {t('decisions.toMapHint')}
          </p>
          <button type="button" className="button button-primary" aria-describedby="run-to-map-hint" onClick={toMap} disabled={disabled || agreements.isPending}>
            {agreements.isPending ? (
              <>
                <Spinner /> {t('decisions.creating')}
              </>
            ) : (
              t('decisions.toMap')
            )}
          </button>
        </div>
      )}
      <StatusMessage>{message}</StatusMessage>
      {!disabled && <DecisionFormFields meeting={meeting} saving={busy} onAdd={add} />}
    </section>
  );
}
