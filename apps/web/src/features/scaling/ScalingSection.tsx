import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseScaleScores } from '../../api/scaling';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { ScaleTrendList } from './ScaleTrendList';
import { useScaleOptions } from './scales';
import './scaling.css';

export const scalingPath = (caseId: string) => `/sager/${caseId}/skalering`;

/** "Skalering" on the case page: the latest score per respondent on the overall scale and each pair. */
export function ScalingSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('scaling');
  const headingId = useId();
  const scores = useCaseScaleScores(caseId);
  const trends = scores.data?.trends ?? [];
  const { options } = useScaleOptions(
    caseId,
    trends.map((trend) => trend.statementId),
  );
  const scored = options.filter((option) => trends.some((trend) => trend.statementId === option.statementId));

  return (
    <section className="case-section scaling-section" aria-labelledby={headingId} data-testid="scaling">
      <h2 id={headingId}>{t('section.heading')}</h2>
      <StatusMessage busy={scores.isPending}>{scores.isPending ? t('section.loading') : ''}</StatusMessage>
      {scores.isError && (
        <ErrorBanner error={scores.error} heading={t('section.loadError')} onRetry={() => void scores.refetch()} />
      )}
      {scores.isSuccess && scored.length === 0 && <p>{t('section.none')}</p>}
      {scored.map((option) => (
        <div key={option.key} className="scaling-section-scale">
          <h3>{option.label}</h3>
          <ScaleTrendList
            trends={trends.filter((trend) => trend.statementId === option.statementId)}
            scaleLabel={option.label}
          />
        </div>
      ))}
      {scores.isSuccess && (
        <p className="scaling-section-actions">
          <Link to={scalingPath(caseId)} className={scores.data.can.record ? 'button button-secondary' : undefined}>
            {scores.data.can.record ? t('section.record') : t('section.open')}
          </Link>
        </p>
      )}
    </section>
  );
}
