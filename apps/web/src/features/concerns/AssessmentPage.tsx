import { SafetyAssessmentParams, type SafetyAssessment } from '@inddrag/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseConcerns, useSafetyAssessment } from '../../api/concerns';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { AssessmentForm } from './AssessmentForm';
import { concernPaths } from './paths';
import './concerns.css';
import './print.css';

/** `/sager/:caseId/kortlaegninger/:assessmentId`: the three columns, their edit form and printing. */
export function AssessmentPage() {
  const { t } = useTranslation('concerns');
  const parsed = SafetyAssessmentParams.safeParse(useParams());
  usePageTitle(t('assessments.heading'));
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('assessments.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('assessment.loadError')} />
      </>
    );
  }
  const { caseId, assessmentId } = parsed.data;
  return <Assessment key={assessmentId} caseId={caseId} assessmentId={assessmentId} />;
}

function Assessment({ caseId, assessmentId }: { caseId: string; assessmentId: string }) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const query = useSafetyAssessment(caseId, assessmentId);
  const concerns = useCaseConcerns(caseId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const a = query.data;
  return (
    <>
      <Link to={concernPaths.assessments(caseId)} className="back-link concern-no-print">
        <Icon name="chevron-left" />
        {t('assessment.backToList')}
      </Link>
      <PageHeading>
        {a ? t('assessment.heading', { date: format.calendarDate(a.assessedOn) }) : t('assessments.heading')}
      </PageHeading>
      <StatusMessage busy={query.isPending} className="concern-no-print">
        {query.isPending ? t('assessment.loading') : saved}
      </StatusMessage>
      {query.isError && <ErrorBanner error={query.error} heading={t('assessment.loadError')} onRetry={() => void query.refetch()} />}
      {a && !editing && (
        <>
          <div className="concern-assessment-facts">
            <p>{t('assessment.child', { name: `${a.child.firstName} ${a.child.lastName}` })}</p>
            <p>{t('assessment.purposeLine', { purpose: a.purpose })}</p>
            {a.participants && <p>{t('assessment.participantsLine', { participants: a.participants })}</p>}
          </div>
          <div className="concern-assessment-actions concern-no-print">
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('assessment.print')}
            </button>
            {a.can.edit && (
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t('assessment.edit')}
              </button>
            )}
          </div>
          <ThreeColumns assessment={a} />
        </>
      )}
      {a && editing && concerns.data && (
        <AssessmentForm
          caseId={caseId}
          assessment={a}
          statements={concerns.data.statements}
          onSaved={() => {
            setEditing(false);
            setSaved(t('assessment.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </>
  );
}

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div className="concern-assessment-part">
      <h3>{heading}</h3>
      {children}
    </div>
  );
}

function Text({ value }: { value: string }) {
  const { t } = useTranslation('concerns');
  return value.trim() ? <p className="concern-pre">{value}</p> : <p className="concern-nothing">{t('assessment.nothing')}</p>;
}

/** "Hvad er vi bekymrede for?" · "Hvad fungerer godt?" · "Hvad skal der ske?" */
function ThreeColumns({ assessment: a }: { assessment: SafetyAssessment }) {
  const { t } = useTranslation('concerns');
  return (
    <div className="concern-assessment-columns" data-testid="assessment-columns">
      <section aria-labelledby="col-worries" className="concern-assessment-column">
        <h2 id="col-worries">{t('assessment.worries')}</h2>
        <Part heading={t('assessment.harm')}>
          <Text value={a.harm} />
        </Part>
        <Part heading={t('assessment.statements')}>
          {a.statements.length === 0 && <p className="concern-nothing">{t('assessment.nothing')}</p>}
          {a.statements.map((s) => (
            <div key={s.id} className="concern-assessment-pair">
              <h4>{`${t('pair.title', { number: s.number })} – ${t(`pair.kind.${s.kind}`)}`}</h4>
              <p className="concern-pre">{s.behaviour}</p>
              <p className="concern-pre">{s.impactOnChild}</p>
              <p className="concern-pre">{s.ifNothingChanges}</p>
            </div>
          ))}
        </Part>
        <Part heading={t('assessment.complicatingFactors')}>
          <Text value={a.complicatingFactors} />
        </Part>
      </section>
      <section aria-labelledby="col-working" className="concern-assessment-column">
        <h2 id="col-working">{t('assessment.working')}</h2>
        <Part heading={t('assessment.strengths')}>
          <Text value={a.strengths} />
        </Part>
        <Part heading={t('assessment.existingSafety')}>
          <Text value={a.existingSafety} />
        </Part>
      </section>
      <section aria-labelledby="col-needs" className="concern-assessment-column">
        <h2 id="col-needs">{t('assessment.needs')}</h2>
        <Part heading={t('assessment.goals')}>
          {a.statements.length === 0 && <p className="concern-nothing">{t('assessment.nothing')}</p>}
          {a.statements.map((s) => (
            <div key={s.id} className="concern-assessment-pair">
              <h4>{t('pair.title', { number: s.number })}</h4>
              <p className="concern-pre">{s.goalParentsWill}</p>
              <p className="concern-pre">{s.goalChildWillExperience}</p>
              <p className="concern-pre">{s.goalProfessionalsWillSee}</p>
              <p className="concern-pre">{s.goalDuration}</p>
            </div>
          ))}
        </Part>
        <Part heading={t('assessment.nextSteps')}>
          <Text value={a.nextSteps} />
        </Part>
      </section>
    </div>
  );
}
