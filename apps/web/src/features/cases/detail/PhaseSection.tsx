import type { CaseDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ChangePhaseDialog } from './ChangePhaseDialog';
import { usePhaseChanges } from './useCaseRegister';

/** "Fase": where the case is, "Skift fase" for those who may, and the phases it has been through. */
export function PhaseSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation(['caseRegister', 'cases']);
  const format = useFormatters();
  const headingId = useId();
  const historyHeadingId = useId();
  const phases = usePhaseChanges(detail.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const phaseName = (phase: CaseDetail['phase']) => t(`cases:phase.${phase}`);

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="phase-section">
      <h2 id={headingId}>{t('caseRegister:phase.heading')}</h2>
      <p>
        {t('caseRegister:phase.current', { phase: phaseName(detail.phase), date: format.date(detail.phaseChangedAt) })}
      </p>
      <StatusMessage>{status}</StatusMessage>
      {detail.can.changePhase &&
        (detail.allowedPhases.length > 0 ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setStatus('');
                setOpen(true);
              }}
            >
              {t('caseRegister:phase.change')}
            </button>
            {open && (
              <ChangePhaseDialog
                detail={detail}
                onClose={() => setOpen(false)}
                onChanged={(phase) => {
                  setOpen(false);
                  setStatus(t('caseRegister:phase.saved', { phase: phaseName(phase) }));
                }}
              />
            )}
          </>
        ) : (
          <p>{t('caseRegister:phase.noneAllowed')}</p>
        ))}

      <h3 id={historyHeadingId}>{t('caseRegister:phase.historyHeading')}</h3>
      <StatusMessage busy={phases.isPending}>{phases.isPending ? t('caseRegister:phase.historyLoading') : ''}</StatusMessage>
      {phases.isError && (
        <ErrorBanner
          error={phases.error}
          heading={t('caseRegister:phase.historyError')}
          onRetry={() => void phases.refetch()}
        />
      )}
      {phases.isSuccess && phases.data.items.length === 0 && <p>{t('caseRegister:phase.historyEmpty')}</p>}
      {phases.isSuccess && phases.data.items.length > 0 && (
        <div className="table--responsive-scroll" role="region" aria-labelledby={historyHeadingId} tabIndex={0}>
          <table className="table table--compact" data-testid="phase-history">
            <caption className="sr-only">{t('caseRegister:phase.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseRegister:phase.columns.changedOn')}</th>
                <th scope="col">{t('caseRegister:phase.columns.change')}</th>
                <th scope="col">{t('caseRegister:phase.columns.by')}</th>
                <th scope="col">{t('caseRegister:phase.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {phases.data.items.map((change) => (
                <tr key={change.id}>
                  <td className="text-nowrap">
                    <time dateTime={change.changedOn}>{format.calendarDate(change.changedOn)}</time>
                  </td>
                  <td>
                    {change.fromPhase
                      ? t('caseRegister:phase.fromTo', { from: phaseName(change.fromPhase), to: phaseName(change.toPhase) })
                      : t('caseRegister:phase.opened', { to: phaseName(change.toPhase) })}
                  </td>
                  <td>{change.changedBy?.name ?? t('caseRegister:timeline.system')}</td>
                  <td>{change.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
