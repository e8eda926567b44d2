import { ProblemType } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/ApiError';
import { Icon } from '../../ui/Icon';

/** 422: a domain rule refused the step. The API says which rule and why (in Danish). */
export function isRuleViolation(error: unknown): boolean {
  return isApiError(error) && (error.status === 422 || error.problem.type === ProblemType.rule);
}

export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/** The API's field errors as `{ field: message }`, for the named fields of a form. */
export function serverFieldErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F, string>> {
  if (!isApiError(error)) return {};
  const out: Partial<Record<F, string>> = {};
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.path.replace(/^body\./, '') as F;
    if (fields.includes(field)) out[field] = fieldError.message;
  }
  return out;
}

export function RuleAlert({ error, heading }: { error: unknown; heading?: string }) {
  const { t } = useTranslation('referrals');
  const detail = isApiError(error) ? error.problem.detail : undefined;
  return (
    <div className="alert alert-warning" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading ?? t('ruleHeading')}</p>
        {detail && <p className="alert-text">{detail}</p>}
      </div>
    </div>
  );
}

/** 409: someone else answered or changed the referral meanwhile. */
export function ConflictNotice({ heading, onReload }: { heading: string; onReload: () => void }) {
  const { t } = useTranslation(['referrals', 'common']);
  return (
    <div className="alert alert-warning" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        <p className="alert-text">{t('referrals:conflict')}</p>
        <button type="button" className="button button-secondary mt-4" onClick={onReload}>
          {t('common:actions.reload')}
        </button>
      </div>
    </div>
  );
}
