import { CaseParams, type ConcernGround } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseConcerns } from '../../api/concerns';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { GroundForm } from './GroundForm';
import { GroundsTable } from './GroundsTable';
import { PairCard } from './PairCard';
import { PairForm } from './PairForm';
import { concernPaths } from './paths';
import './concerns.css';

/** `/sager/:caseId/bekymringer`: the grounds for concern and the statement/goal pairs. */
export function ConcernsPage() {
  const { t } = useTranslation('concerns');
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
  return <Concerns key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

type GroundEditing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; ground: ConcernGround };

function Concerns({ caseId }: { caseId: string }) {
  const { t } = useTranslation('concerns');
  const concerns = useCaseConcerns(caseId);
  const [groundEditing, setGroundEditing] = useState<GroundEditing>({ kind: 'none' });
  const [writingPair, setWritingPair] = useState(false);
  const [saved, setSaved] = useState('');
  const data = concerns.data;
  const canEdit = data?.can.edit ?? false;
  const groundDone = (message: string | null) => {
    setGroundEditing({ kind: 'none' });
    if (message) setSaved(message);
  };

  return (
    <>
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('page.backToCase')}
      </Link>
      <PageHeading>{t('page.heading')}</PageHeading>
      <p className="font-lead">{t('page.intro')}</p>
      <p>
        <Link to={concernPaths.assessments(caseId)}>{t('page.assessmentsLink')}</Link>
      </p>
      <StatusMessage busy={concerns.isPending}>{concerns.isPending ? t('page.loading') : saved}</StatusMessage>
      {concerns.isError && (
        <ErrorBanner error={concerns.error} heading={t('page.loadError')} onRetry={() => void concerns.refetch()} />
      )}
      {data && (
        <>
          <section className="concern-section" aria-labelledby="grounds-heading">
            <h2 id="grounds-heading">{t('ground.heading')}</h2>
            {data.grounds.length === 0 ? (
              <p>{t('ground.empty')}</p>
            ) : (
              <GroundsTable grounds={data.grounds} onEdit={canEdit ? (ground) => setGroundEditing({ kind: 'edit', ground }) : null} />
            )}
            {groundEditing.kind !== 'none' && (
              <GroundForm
                key={groundEditing.kind === 'edit' ? groundEditing.ground.id : 'new'}
                caseId={caseId}
                ground={groundEditing.kind === 'edit' ? groundEditing.ground : null}
                onDone={groundDone}
              />
            )}
            {canEdit && groundEditing.kind === 'none' && (
              <button type="button" className="button button-secondary" onClick={() => setGroundEditing({ kind: 'new' })}>
                {t('ground.add')}
              </button>
            )}
          </section>
          <section className="concern-section" aria-labelledby="pairs-heading">
            <h2 id="pairs-heading">{t('pair.heading')}</h2>
            {data.statements.length === 0 && <p>{t('pair.empty')}</p>}
            {data.statements.map((pair) => (
              <PairCard key={pair.id} caseId={caseId} pair={pair} concerns={data} onMessage={setSaved} />
            ))}
            {writingPair && (
              <PairForm
                caseId={caseId}
                pair={null}
                grounds={data.grounds}
                onDone={(message) => {
                  setWritingPair(false);
                  if (message) setSaved(message);
                }}
              />
            )}
            {canEdit && !writingPair && (
              <button type="button" className="button button-primary" onClick={() => setWritingPair(true)}>
                {t('pair.add')}
              </button>
            )}
          </section>
        </>
      )}
    </>
  );
}
