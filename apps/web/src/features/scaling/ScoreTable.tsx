import { DEFAULT_SCALE_QUESTION, type ScaleScore } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';

interface ScoreTableProps {
  scores: readonly ScaleScore[];
  scaleLabel: string;
  /** Shows "Træk tilbage" on standing scores. */
  canWithdraw: boolean;
  onWithdraw: (score: ScaleScore) => void;
}

/** Every score of one scale, oldest first: when, who, the number, the question and the answers to it. */
export function ScoreTable({ scores, scaleLabel, canWithdraw, onWithdraw }: ScoreTableProps) {
  const { t } = useTranslation('scaling');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact scale-score-table">
        <caption id={captionId}>{t('list.caption', { scale: scaleLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.date')}</th>
            <th scope="col">{t('list.respondent')}</th>
            <th scope="col">{t('list.perspective')}</th>
            <th scope="col">{t('list.score')}</th>
            <th scope="col">{t('list.question')}</th>
            <th scope="col">{t('list.reason')}</th>
            <th scope="col">{t('list.oneStepUp')}</th>
            {canWithdraw && <th scope="col">{t('list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {scores.map((score) => {
            const withdrawn = score.withdrawnAt !== null;
            return (
              <tr key={score.id} className={withdrawn ? 'scale-score-withdrawn' : undefined} data-score-id={score.id}>
                <td>{format.calendarDate(score.scoredOn)}</td>
                <th scope="row">
                  {score.respondent}
                  <span className="small-text scale-score-meta">{t('list.recordedBy', { name: score.createdBy.name })}</span>
                </th>
                <td>{t(`perspective.${score.perspective}`)}</td>
                <td>
                  {withdrawn ? <del>{score.score}</del> : score.score}
                  {withdrawn && (
                    <span className="small-text scale-score-meta">
                      <strong>{t('list.withdrawnLabel')}</strong>{' '}
                      {t('list.withdrawnReason', {
                        date: format.date(score.withdrawnAt!),
                        reason: score.withdrawnReason ?? '',
                      })}
                    </span>
                  )}
                </td>
                <td>{score.question === DEFAULT_SCALE_QUESTION ? t('list.defaultQuestion') : score.question}</td>
                <td>{score.reason ?? '–'}</td>
                <td>{score.oneStepUp ?? '–'}</td>
                {canWithdraw && (
                  <td>
                    {!withdrawn && (
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => onWithdraw(score)}
                      >
                        {t('list.withdraw')}{' '}
                        <span className="sr-only">
                          {t('list.withdrawScore', {
                            respondent: score.respondent,
                            date: format.calendarDate(score.scoredOn),
                          })}
                        </span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
