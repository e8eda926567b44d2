import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import type { useCases } from '../useCases';
import { CaseTable } from './CaseTable';

interface CaseResultsProps {
  result: ReturnType<typeof useCases>;
  filtered: boolean;
}

/** Status line, error, table and "Vis flere" for the case list. */
export function CaseResults({ result, filtered }: CaseResultsProps) {
  const { t } = useTranslation('cases');
  const { cases, hasData, isLoading, isRefreshing, isFetchingNextPage, hasNextPage, error } = result;

  const status = (() => {
    if (isFetchingNextPage) return t('status.loadingMore');
    if (isLoading || isRefreshing) return t('status.loading');
    if (!hasData) return '';
    if (cases.length === 0) return filtered ? t('status.empty') : t('status.emptyNoFilters');
    return t('status.shown', { count: cases.length });
  })();
  const busy = isLoading || isRefreshing || isFetchingNextPage;

  return (
    <section className="case-results" aria-busy={busy}>
      <StatusMessage busy={busy} className={cases.length === 0 && hasData && !busy ? 'case-results-empty' : undefined}>
        {status}
      </StatusMessage>

      {error !== null && !busy && <ErrorBanner error={error} heading={t('loadError')} onRetry={result.retry} />}

      {cases.length > 0 && <CaseTable cases={cases} filtered={filtered} busy={isRefreshing} />}

      {hasNextPage && error === null && (
        <p className="case-results-more">
          <button
            type="button"
            className="button button-secondary"
            // aria-disabled keeps focus on the button while the next page loads.
            aria-disabled={isFetchingNextPage}
            onClick={() => {
              if (!isFetchingNextPage) result.loadMore();
            }}
          >
            {isFetchingNextPage && <Spinner />}
            <span>{t('loadMore')}</span>
          </button>
        </p>
      )}
    </section>
  );
}
