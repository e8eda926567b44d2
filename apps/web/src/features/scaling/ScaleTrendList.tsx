import type { ScaleTrend } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';
import { perspectiveOrder } from './scales';

const ARROW: Record<ScaleTrend['direction'], string> = { UP: '↑', DOWN: '↓', SAME: '→', FIRST: '•' };

interface ScaleTrendListProps {
  /** The trends of one scale (the API's `trends`, filtered by statementId). */
  trends: readonly ScaleTrend[];
  /** The scale's name, for the list's accessible name: "Samlet vurdering", "Bekymring 2". */
  scaleLabel: string;
}

/**
 * The latest score per respondent on one scale, with which way it went as an arrow and in words
 * ("steget fra 3 til 5"), so the direction never rests on the arrow or a colour alone.
 */
export function ScaleTrendList({ trends, scaleLabel }: ScaleTrendListProps) {
  const { t } = useTranslation('scaling');
  const format = useFormatters();
  if (trends.length === 0) return <p>{t('trend.none')}</p>;
  const sorted = [...trends].sort(
    (a, b) =>
      perspectiveOrder(a.perspective) - perspectiveOrder(b.perspective) || a.respondent.localeCompare(b.respondent, 'da'),
  );
  return (
    <ul className="nobullet-list scale-trend-list" aria-label={t('trend.listLabel', { scale: scaleLabel })}>
      {sorted.map((trend) => (
        <li key={`${trend.perspective}|${trend.respondent}`} className={`scale-trend scale-trend--${trend.direction.toLowerCase()}`}>
          <span className="scale-trend-who">
            {t('trend.item', {
              respondent: trend.respondent,
              perspective: t(`perspective.${trend.perspective}`),
              score: trend.latest.score,
            })}
          </span>{' '}
          <span className="scale-trend-arrow" aria-hidden="true">
            {ARROW[trend.direction]}
          </span>{' '}
          <span className="scale-trend-words">
            {t(`trend.${trend.direction}`, { from: trend.previous?.score, to: trend.latest.score })}
          </span>{' '}
          <span className="scale-trend-date small-text">
            {t('trend.scoredOn', { date: format.calendarDate(trend.latest.scoredOn) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
