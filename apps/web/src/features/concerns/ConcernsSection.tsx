import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseConcerns } from '../../api/concerns';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { concernPaths } from './paths';
import './concerns.css';

const firstLine = (text: string) => text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';

/** "Bekymringer og sikkerhedsmål" on the case page: the active pairs in brief, and links to the pages. */
export function ConcernsSection({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation('concerns');
  const headingId = useId();
  const concerns = useCaseConcerns(caseId);
  const active = (concerns.data?.statements ?? []).filter((s) => s.status === 'ACTIVE');
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="concerns-section">
      <h2 id={headingId}>{t('section.heading')}</h2>
      <StatusMessage busy={concerns.isPending}>{concerns.isPending ? t('section.loading') : ''}</StatusMessage>
      {concerns.isError && (
        <ErrorBanner error={concerns.error} heading={t('section.loadError')} onRetry={() => void concerns.refetch()} />
      )}
      {concerns.isSuccess && active.length === 0 && <p>{t('section.none')}</p>}
      {active.length > 0 && (
        <ul className="concerns-section-list">
          {active.map((pair) => (
            <li key={pair.id}>
              <strong>{t('pair.title', { number: pair.number })}: </strong>
              {firstLine(pair.behaviour)}
              <br />
              <span className="small-text">{t('section.goal', { text: firstLine(pair.goalParentsWill) })}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="concern-pair-actions">
        <Link to={concernPaths.concerns(caseId)} className={canEdit ? 'button button-secondary' : undefined}>
          {canEdit ? t('section.write') : t('section.open')}
        </Link>
        <Link to={concernPaths.assessments(caseId)}>{t('section.assessments')}</Link>
      </p>
    </section>
  );
}
