import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError';
import { Icon } from './Icon';
import { problemMessageKey } from './problemMessage';

interface ErrorBannerProps {
  error: unknown;
  /** What failed, in the user's words ("Sagerne kunne ikke hentes."). */
  heading?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A DKFDS error alert announced at once (role=alert), with an optional retry button. */
export function ErrorBanner({ error, heading, onRetry, retrying = false }: ErrorBannerProps) {
  const { t } = useTranslation();
  const requestId = isApiError(error) ? error.problem.requestId : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading ?? t('errors.heading')}</p>
        <p className="alert-text">{t(problemMessageKey(error))}</p>
        {requestId && <p className="alert-text small-text">{t('errors.requestId', { id: requestId })}</p>}
        {onRetry && (
          <button type="button" className="button button-secondary mt-4" onClick={onRetry} disabled={retrying}>
            {t('actions.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
