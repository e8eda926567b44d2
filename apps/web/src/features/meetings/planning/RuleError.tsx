import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { ErrorBanner } from '../../../ui/ErrorBanner';

/** A failed write; when a rule refused it (422), the API's reason (who and why) is shown too. */
export function RuleError({ error, heading }: { error: unknown; heading: string }) {
  const { t } = useTranslation('meetings');
  const reason = isApiError(error) && error.status === 422 ? error.problem.detail : undefined;
  return (
    <>
      <ErrorBanner error={error} heading={heading} />
      {reason && (
        <p className="meeting-blocked" data-testid="rule-reason">
          {t('ruleReason', { reason })}
        </p>
      )}
    </>
  );
}
