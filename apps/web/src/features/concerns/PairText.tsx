import type { ConcernStatementFields } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';

const STATEMENT = ['whoIsWorried', 'behaviour', 'impactOnChild', 'ifNothingChanges'] as const;
const GOAL = ['goalParentsWill', 'goalChildWillExperience', 'goalProfessionalsWillSee', 'goalDuration'] as const;

/** The statement beside its safety goal, each part under its question; the family's view when recorded. */
export function PairText({ pair }: { pair: Omit<ConcernStatementFields, 'groundIds'> }) {
  const { t } = useTranslation('concerns');
  return (
    <div className="concern-pair-columns">
      <div className="concern-pair-statement">
        <h5 className="concern-column-heading">{t(`pair.kind.${pair.kind}`)}</h5>
        <dl>
          {STATEMENT.map((field) => (
            <div key={field}>
              <dt>{t(`pair.${field}`)}</dt>
              <dd className="concern-pre">{pair[field]}</dd>
            </div>
          ))}
          {pair.familyView && (
            <div>
              <dt>{t('pair.familyView')}</dt>
              <dd className="concern-pre">{pair.familyView}</dd>
            </div>
          )}
        </dl>
      </div>
      <div className="concern-pair-goal">
        <h5 className="concern-column-heading">{t('pair.goal')}</h5>
        <dl>
          {GOAL.map((field) => (
            <div key={field}>
              <dt>{t(`pair.${field}`)}</dt>
              <dd className="concern-pre">{pair[field]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
