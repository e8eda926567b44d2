import { SCALE_PERSPECTIVES, type ScalePerspective } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useCaseConcerns } from '../../api/concerns';

/** One safety scale of a case: the overall one (statementId null) or a concern/goal pair's. */
export interface ScaleOption {
  /** "overall" or the pair's id, as in the page's URL (?skala=) and the API's query. */
  key: string;
  statementId: string | null;
  label: string;
  /** Scores may be recorded on it: the overall scale and active pairs. */
  open: boolean;
}

export const OVERALL = 'overall';

export const perspectiveOrder = (perspective: ScalePerspective) => SCALE_PERSPECTIVES.indexOf(perspective);

/**
 * The case's scales: the overall one, every active pair ("Bekymring 2"), and any other pair that
 * has scores (achieved or withdrawn pairs keep their history). If the pairs cannot be loaded, the
 * scored ones are still listed, without their number.
 */
export function useScaleOptions(caseId: string, scoredStatementIds: readonly (string | null)[] = []) {
  const { t } = useTranslation('scaling');
  const concerns = useCaseConcerns(caseId);
  const statements = [...(concerns.data?.statements ?? [])].sort((a, b) => a.number - b.number);
  const scored = new Set(scoredStatementIds.filter((id): id is string => id !== null));
  const options: ScaleOption[] = [{ key: OVERALL, statementId: null, label: t('scale.overall'), open: true }];
  for (const statement of statements) {
    if (statement.status !== 'ACTIVE' && !scored.has(statement.id)) continue;
    options.push({
      key: statement.id,
      statementId: statement.id,
      label: t('scale.pair', { number: statement.number }),
      open: statement.status === 'ACTIVE',
    });
  }
  for (const id of scored) {
    if (!options.some((option) => option.statementId === id)) {
      options.push({ key: id, statementId: id, label: t('scale.pairUnknown'), open: false });
    }
  }
  return { options, isPending: concerns.isPending };
}
