import type { CaseDetail } from '@inddrag/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/ApiError';
import { caseKeys } from '../../../../api/cases';
import { ErrorBanner } from '../../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../../ui/ErrorSummary';
import { Icon } from '../../../../ui/Icon';
import { ConflictAlert } from '../../detail/ConflictAlert';
import { isConflict } from '../../detail/conflict';
import { isRuleViolation } from './problems';
import type { CaseFormErrors } from './useCaseForm';

interface FormFeedbackProps {
  errors: CaseFormErrors;
  /** What failed, e.g. "Fasen blev ikke skiftet". */
  heading: string;
  /** The case a 409 reloads; without one a 409 shows as a plain error. */
  caseId?: string;
  /** After the reload: the case as it is now, e.g. to take its new version into the form. */
  onReloaded?: (detail: CaseDetail | undefined) => void;
}

/**
 * Above a form: the error summary (field errors, linked), or for other failures the reason —
 * a refused rule (422) with the API's explanation, a stale version (409) with "Hent igen", or
 * a general error banner.
 */
export function FormFeedback({ errors, heading, caseId, onReloaded }: FormFeedbackProps) {
  const { t } = useTranslation('cases');
  const queryClient = useQueryClient();
  const { summary, failure } = errors;
  const reloaded = () => {
    errors.clear();
    if (caseId) onReloaded?.(queryClient.getQueryData<CaseDetail>(caseKeys.detail(caseId)));
  };
  return (
    <>
      {summary.visible && <ErrorSummary items={summary.items} message={summary.message} focusKey={summary.focusKey} />}
      {failure !== null &&
        (isRuleViolation(failure) ? (
          <RuleAlert error={failure} heading={heading} />
        ) : isConflict(failure) && caseId ? (
          <ConflictAlert caseId={caseId} onReloaded={reloaded} heading={heading} message={t('overview.conflict')} />
        ) : (
          <ErrorBanner error={failure} heading={heading} />
        ))}
    </>
  );
}

/** 422: the step is refused by a rule of the law; the API says which and why. */
export function RuleAlert({ error, heading }: { error: unknown; heading: string }) {
  const detail = isApiError(error) ? error.problem.detail : undefined;
  return (
    <div className="alert alert-warning" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        {detail && <p className="alert-text">{detail}</p>}
      </div>
    </div>
  );
}
