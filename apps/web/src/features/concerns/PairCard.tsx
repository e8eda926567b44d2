import type { CaseConcerns, ConcernStatement } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';
import { PairForm } from './PairForm';
import { PairHistory } from './PairHistory';
import { PairText } from './PairText';
import { StatusForm } from './StatusForm';

type Mode = 'view' | 'edit' | 'history' | 'status';

/** "Bekymring 2": the statement beside its goal, its kind and status, and what the reader may do with it. */
export function PairCard({
  caseId,
  pair,
  concerns,
  onMessage,
}: {
  caseId: string;
  pair: ConcernStatement;
  concerns: CaseConcerns;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const [mode, setMode] = useState<Mode>('view');
  const grounds = concerns.grounds.filter((g) => pair.groundIds.includes(g.id));
  const done = (message: string | null) => {
    setMode('view');
    if (message) onMessage(message);
  };
  const headingId = `pair-${pair.id}`;
  return (
    <article className={`concern-pair concern-pair-${pair.status.toLowerCase()}`} aria-labelledby={headingId} data-testid="concern-pair">
      <header className="concern-pair-header">
        <h3 id={headingId}>{t('pair.title', { number: pair.number })}</h3>
        <span className="concern-tag">{t(`pair.kind.${pair.kind}`)}</span>
        <span className={`concern-tag concern-status-${pair.status.toLowerCase()}`}>{t(`pair.status.${pair.status}`)}</span>
      </header>
      {mode === 'edit' ? (
        <PairForm caseId={caseId} pair={pair} grounds={concerns.grounds} onDone={done} />
      ) : (
        <>
          <PairText pair={pair} />
          {pair.statusReason && <p>{t('pair.statusReason', { reason: pair.statusReason })}</p>}
          {grounds.length > 0 && (
            <p className="small-text">
              {t('pair.grounds', { list: grounds.map((g) => `${format.calendarDate(g.occurredOn)} ${g.source}`).join('; ') })}
            </p>
          )}
          <p className="small-text concern-meta">
            {t('pair.meta', {
              version: pair.version,
              time: format.dateTime(pair.updatedAt),
              name: pair.updatedBy.name,
              unit: pair.updatedUnit.name,
            })}
          </p>
          <div className="concern-pair-actions">
            {concerns.can.edit && (
              <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
                {t('pair.edit')}
              </button>
            )}
            <button
              type="button"
              className="button button-tertiary"
              aria-expanded={mode === 'history'}
              onClick={() => setMode(mode === 'history' ? 'view' : 'history')}
            >
              {mode === 'history' ? t('pair.hideHistory') : t('pair.history')}
            </button>
            {concerns.can.edit && (
              <button
                type="button"
                className="button button-tertiary"
                aria-expanded={mode === 'status'}
                onClick={() => setMode(mode === 'status' ? 'view' : 'status')}
              >
                {t('pair.changeStatus')}
              </button>
            )}
          </div>
          {mode === 'history' && <PairHistory caseId={caseId} pair={pair} />}
          {mode === 'status' && <StatusForm caseId={caseId} pair={pair} onDone={done} />}
        </>
      )}
    </article>
  );
}
