import type { ScaleScore, ScaleTrend } from '@inddrag/contracts';

/** Scores of one respondent on one scale: the pair (or overall), the perspective and who answered. */
const seriesKey = (score: Pick<ScaleScore, 'statementId' | 'perspective' | 'respondent'>) =>
  JSON.stringify([score.statementId, score.perspective, score.respondent]);

/**
 * The latest and the previous standing score per series, and which way it went. `scores` must be
 * oldest first; withdrawn scores do not count.
 */
export function scaleTrends(scores: readonly ScaleScore[]): ScaleTrend[] {
  const series = new Map<string, ScaleScore[]>();
  for (const score of scores) {
    if (score.withdrawnAt !== null) continue;
    const key = seriesKey(score);
    series.set(key, [...(series.get(key) ?? []), score]);
  }
  return [...series.values()].map((list) => {
    const latest = list.at(-1)!;
    const previous = list.at(-2) ?? null;
    return {
      statementId: latest.statementId,
      perspective: latest.perspective,
      respondent: latest.respondent,
      latest: { score: latest.score, scoredOn: latest.scoredOn },
      previous: previous ? { score: previous.score, scoredOn: previous.scoredOn } : null,
      direction: !previous
        ? 'FIRST'
        : latest.score > previous.score
          ? 'UP'
          : latest.score < previous.score
            ? 'DOWN'
            : 'SAME',
    };
  });
}
