import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { MyCasesTable } from './components/MyCasesTable';
import { useMyCases } from './useMyCases';

/** `/mine-sager`: the user's own open cases, what is due first. */
export function MyCasesPage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('mine.title'));
  const result = useMyCases();
  const { cases, hasData, isLoading, isFetchingNextPage, hasNextPage, error } = result;
  const busy = isLoading || isFetchingNextPage;
  const status = (() => {
    if (isFetchingNextPage) return t('mine.loadingMore');
    if (isLoading) return t('mine.loading');
    if (!hasData || cases.length === 0) return '';
    return t('mine.shown', { count: cases.length });
  })();

  return (
    <>
      <PageHeading>{t('mine.title')}</PageHeading>
      <p className="font-lead">{t('mine.intro')}</p>
      <section className="case-results" aria-busy={busy}>
        <StatusMessage busy={busy}>{status}</StatusMessage>
        {error !== null && !busy && <ErrorBanner error={error} heading={t('mine.loadError')} onRetry={result.retry} />}
        {hasData && cases.length === 0 && error === null && (
          <div className="my-cases-empty">
            <p className="case-results-empty">{t('mine.empty')}</p>
            <p>{t('mine.emptyHint')}</p>
            <p>
              <Link to="/sager">{t('mine.toAllCases')}</Link>
            </p>
          </div>
        )}
        {cases.length > 0 && <MyCasesTable cases={cases} />}
        {hasNextPage && error === null && (
          <p className="case-results-more">
            <button
              type="button"
              className="button button-secondary"
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
    </>
  );
}
