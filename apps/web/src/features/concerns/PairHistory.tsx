import type { ConcernStatement, ConcernStatementVersion } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConcernVersions } from '../../api/concerns';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { PairText } from './PairText';

/** The pair's versions (who, unit, when) and the text of the one the user picks. */
export function PairHistory({ caseId, pair }: { caseId: string; pair: ConcernStatement }) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const captionId = useId();
  const versions = useConcernVersions(caseId, pair.id);
  const [shown, setShown] = useState<ConcernStatementVersion | null>(null);
  const items = versions.data?.items ?? [];
  return (
    <div className="concern-history">
      <h4>{t('history.heading', { number: pair.number })}</h4>
      <StatusMessage busy={versions.isPending}>{versions.isPending ? t('history.loading') : ''}</StatusMessage>
      {versions.isError && (
        <ErrorBanner error={versions.error} heading={t('history.loadError')} onRetry={() => void versions.refetch()} />
      )}
      {items.length > 0 && (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact">
            <caption id={captionId}>{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.version')}</th>
                <th scope="col">{t('history.author')}</th>
                <th scope="col">{t('history.unit')}</th>
                <th scope="col">{t('history.time')}</th>
                <th scope="col">
                  <span className="sr-only">{t('history.show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((version) => (
                <tr key={version.number} aria-current={shown?.number === version.number ? 'true' : undefined}>
                  <th scope="row">{version.number}</th>
                  <td>{version.author.name}</td>
                  <td>{version.unit.name}</td>
                  <td>
                    <time dateTime={version.createdAt}>{format.dateTime(version.createdAt)}</time>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('history.showLabel', { number: version.number })}
                      aria-pressed={shown?.number === version.number}
                      onClick={() => setShown(shown?.number === version.number ? null : version)}
                    >
                      {t('history.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && (
        <div className="concern-version-text" data-testid="version-text">
          <h5>{t('history.shown', { number: shown.number })}</h5>
          <PairText pair={shown.statement} />
        </div>
      )}
    </div>
  );
}
