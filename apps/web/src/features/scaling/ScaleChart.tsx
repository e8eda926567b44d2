import type { ScalePerspective, ScaleScore } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';
import { CHART, dateScale, labelledDates, markerPath, scoreScale, SERIES_STYLES } from './chartGeometry';

interface ScaleChartProps {
  /** The standing scores of one scale from one perspective, oldest first. */
  scores: readonly ScaleScore[];
  perspective: ScalePerspective;
  scaleLabel: string;
}

const TICKS = [0, 2, 4, 6, 8, 10];

/** The respondents in the order they first answered, each with its line's look. */
function seriesOf(scores: readonly ScaleScore[]) {
  const names = [...new Set(scores.map((score) => score.respondent))];
  return names.map((respondent, index) => ({
    respondent,
    style: SERIES_STYLES[index % SERIES_STYLES.length]!,
    points: scores.filter((score) => score.respondent === respondent),
  }));
}

/**
 * One perspective's scores over time: an SVG line chart (dates across, 0–10 up), one line per
 * respondent told apart by dash pattern and marker as well as colour, a legend, a title and
 * description for screen readers, and the same numbers as a table under "Vis som tabel".
 */
export function ScaleChart({ scores, perspective, scaleLabel }: ScaleChartProps) {
  const { t } = useTranslation('scaling');
  const format = useFormatters();
  const id = useId();
  const perspectiveLabel = t(`perspectiveGroup.${perspective}`);
  if (scores.length === 0) return <p className="scale-chart-empty">{t('chart.noData')}</p>;

  const dates = [...new Set(scores.map((score) => score.scoredOn))].sort();
  const series = seriesOf(scores);
  const x = dateScale(dates);
  const y = scoreScale();
  const plotRight = CHART.width - CHART.right;
  const plotBottom = CHART.height - CHART.bottom;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const dateRange =
    dates.length === 1
      ? format.calendarDate(dates[0]!)
      : `${format.calendarDate(dates[0]!)} – ${format.calendarDate(dates.at(-1)!)}`;

  return (
    <figure className="scale-chart" data-perspective={perspective}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        className="scale-chart-svg"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t('chart.title', { scale: scaleLabel, perspective: perspectiveLabel })}</title>
        <desc id={descId}>
          {t('chart.description', { dates: dateRange, respondents: series.map((s) => s.respondent).join(', ') })}
        </desc>
        <g className="scale-chart-grid">
          {TICKS.map((tick) => (
            <g key={tick}>
              <line x1={CHART.left} x2={plotRight} y1={y(tick)} y2={y(tick)} />
              <text x={CHART.left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="scale-chart-tick">
                {tick}
              </text>
            </g>
          ))}
        </g>
        <g className="scale-chart-axis">
          <line x1={CHART.left} x2={plotRight} y1={plotBottom} y2={plotBottom} />
          {labelledDates(dates, x).map((date) => (
            <text key={date} x={x(date)} y={plotBottom + 20} textAnchor="middle" className="scale-chart-date" data-date={date}>
              {format.calendarDate(date)}
            </text>
          ))}
        </g>
        {series.map(({ respondent, style, points }) => (
          <g key={respondent} className="scale-chart-series" data-respondent={respondent}>
            {points.length > 1 && (
              <polyline
                points={points.map((p) => `${x(p.scoredOn).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')}
                fill="none"
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
              />
            )}
            {points.map((point) => (
              <path
                key={point.id}
                className="scale-chart-point"
                data-date={point.scoredOn}
                data-score={point.score}
                d={markerPath(style.marker, x(point.scoredOn), y(point.score))}
                fill={style.marker === 'cross' ? 'none' : style.color}
                stroke={style.color}
                strokeWidth={2}
              >
                <title>
                  {t('chart.point', { respondent, date: format.calendarDate(point.scoredOn), score: point.score })}
                </title>
              </path>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <span className="sr-only">{t('chart.legend')}: </span>
        <ul className="nobullet-list scale-chart-legend">
          {series.map(({ respondent, style }) => (
            <li key={respondent}>
              <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                <line x1="2" x2="38" y1="7" y2="7" stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
                <path
                  d={markerPath(style.marker, 20, 7, 4)}
                  fill={style.marker === 'cross' ? 'none' : style.color}
                  stroke={style.color}
                  strokeWidth={2}
                />
              </svg>
              {respondent}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="scale-chart-table">
        <summary>{t('chart.showTable')}</summary>
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t('chart.tableCaption', { scale: scaleLabel, perspective: perspectiveLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.date')}</th>
                {series.map(({ respondent }) => (
                  <th key={respondent} scope="col">
                    {respondent}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {dates.map((date) => (
                <tr key={date}>
                  <th scope="row">{format.calendarDate(date)}</th>
                  {series.map(({ respondent, points }) => {
                    const onDate = points.filter((p) => p.scoredOn === date).map((p) => p.score);
                    return <td key={respondent}>{onDate.length > 0 ? onDate.join(', ') : t('chart.noValue')}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
