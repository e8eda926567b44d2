import { CaseParams, SCALE_PERSPECTIVES, type ScaleScore } from '@inddrag/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCaseScaleScores } from '../../api/scaling';
import { CheckboxField } from '../../ui/CheckboxField';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField } from '../../ui/SelectField';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSession } from '../auth/useSession';
import { RecordScoresForm } from './RecordScoresForm';
import { ScaleChart } from './ScaleChart';
import { ScaleTrendList } from './ScaleTrendList';
import { OVERALL, useScaleOptions } from './scales';
import type { RespondentSuggestion } from './scoreRows';
import { ScoreTable } from './ScoreTable';
import { WithdrawScoreForm } from './WithdrawScoreForm';
import './scaling.css';

/** `/sager/:caseId/skalering`: the case's safety scales over time, and recording and withdrawing scores. */
export function ScalingPage() {
  const { t } = useTranslation('scaling');
  usePageTitle(t('page.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('page.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('page.loadError')} />
      </>
    );
  }
  return <Scaling key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

/** Earlier respondents (with their perspective) and the user, as suggestions for "Hvem". */
function suggestionsFrom(scores: readonly ScaleScore[], user: { id: string; name: string } | null): RespondentSuggestion[] {
  const byName = new Map<string, RespondentSuggestion>();
  for (const score of scores) {
    byName.set(score.respondent, {
      name: score.respondent,
      perspective: score.perspective,
      ...(score.networkPersonId ? { networkPersonId: score.networkPersonId } : {}),
      ...(score.respondentUserId ? { respondentUserId: score.respondentUserId } : {}),
    });
  }
  if (user && !byName.has(user.name)) byName.set(user.name, { name: user.name, perspective: 'PROFESSIONAL', respondentUserId: user.id });
  return [...byName.values()];
}

function Scaling({ caseId }: { caseId: string }) {
  const { t } = useTranslation('scaling');
  const { user } = useSession({ fetch: false });
  const [searchParams, setSearchParams] = useSearchParams();
  const [showWithdrawn, setShowWithdrawn] = useState(false);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ScaleScore | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const scores = useCaseScaleScores(caseId, { includeWithdrawn: showWithdrawn });
  const all = useMemo(() => scores.data?.items ?? [], [scores.data]);
  const { options } = useScaleOptions(
    caseId,
    all.map((score) => score.statementId),
  );
  const requested = searchParams.get('skala') ?? OVERALL;
  const scale = options.find((option) => option.key === requested) ?? options[0]!;
  const ofScale = all.filter((score) => score.statementId === scale.statementId);
  const standing = ofScale.filter((score) => score.withdrawnAt === null);
  const trends = (scores.data?.trends ?? []).filter((trend) => trend.statementId === scale.statementId);
  const canRecord = scores.data?.can.record ?? false;
  const suggestions = useMemo(() => suggestionsFrom(all, user ? { id: user.id, name: user.name } : null), [all, user]);

  const chooseScale = (key: string) => {
    setSearchParams(key === OVERALL ? {} : { skala: key }, { replace: true });
  };

  return (
    <>
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('page.backToCase')}
      </Link>
      <PageHeading>{t('page.heading')}</PageHeading>
      <p className="font-lead">{t('page.intro')}</p>
      <StatusMessage busy={scores.isPending}>{scores.isPending ? t('page.loading') : announcement}</StatusMessage>
      {scores.isError && (
        <ErrorBanner error={scores.error} heading={t('page.loadError')} onRetry={() => void scores.refetch()} />
      )}
      {scores.isSuccess && (
        <>
          <SelectField
            label={t('page.chooseScale')}
            hint={t('page.chooseScaleHint')}
            value={scale.key}
            options={options.map((option) => ({ value: option.key, label: option.label }))}
            onChange={chooseScale}
          />
          {canRecord && !recording && (
            <button
              type="button"
              className="button button-primary mt-5"
              onClick={() => {
                setAnnouncement('');
                setRecording(true);
              }}
            >
              {t('page.record')}
            </button>
          )}
          {recording && (
            <RecordScoresForm
              caseId={caseId}
              scales={options.filter((option) => option.open)}
              initialScale={scale.key}
              suggestions={suggestions}
              onSaved={(count, savedScale) => {
                setRecording(false);
                chooseScale(savedScale);
                setAnnouncement(t('page.recorded', { count }));
              }}
              onCancel={() => setRecording(false)}
            />
          )}

          <h2>{t('page.latestHeading')}</h2>
          <ScaleTrendList trends={trends} scaleLabel={scale.label} />

          <h2>{t('page.chartsHeading')}</h2>
          {standing.length === 0 ? (
            <p>{t('page.noScores')}</p>
          ) : (
            SCALE_PERSPECTIVES.map((perspective) => (
              <section key={perspective} className="scale-chart-section" aria-labelledby={`chart-${perspective}`}>
                <h3 id={`chart-${perspective}`}>{t(`perspectiveGroup.${perspective}`)}</h3>
                <ScaleChart
                  scores={standing.filter((score) => score.perspective === perspective)}
                  perspective={perspective}
                  scaleLabel={scale.label}
                />
              </section>
            ))
          )}

          <h2>{t('list.heading')}</h2>
          <CheckboxField label={t('list.showWithdrawn')} checked={showWithdrawn} onChange={setShowWithdrawn} />
          {ofScale.length > 0 && (
            <ScoreTable
              scores={ofScale}
              scaleLabel={scale.label}
              canWithdraw={canRecord}
              onWithdraw={(score) => {
                setAnnouncement('');
                setWithdrawing(score);
              }}
            />
          )}
          {withdrawing && (
            <WithdrawScoreForm
              key={withdrawing.id}
              caseId={caseId}
              score={withdrawing}
              onDone={(score) => {
                setWithdrawing(null);
                setAnnouncement(t('page.withdrawn', { respondent: score.respondent }));
              }}
              onCancel={() => setWithdrawing(null)}
            />
          )}
        </>
      )}
    </>
  );
}
