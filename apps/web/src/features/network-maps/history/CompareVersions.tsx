import type { MapComparison, MapVersion, MapVersionMeta } from '@inddrag/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapComparison } from '../../../api/networkMaps';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { FieldShell } from '../../../ui/TextField';
import { NetworkMapDrawing, type Highlight } from '../drawing';
import type { Translate } from '../changes';
import { comparisonTexts } from './changeText';
import { comparisonHighlights, defaultPair, toDrawingPerson, type VersionPair } from './comparison';
import { useVersionLabels } from './useVersionLabels';

interface CompareVersionsProps {
  caseId: string;
  mapId: string;
  /** Newest first. */
  versions: readonly MapVersionMeta[];
  childName: string;
}

/** "Sammenlign to versioner": two selects (the previous and the latest at first), the change list and both drawings. */
export function CompareVersions({ caseId, mapId, versions, childName }: CompareVersionsProps) {
  const { t } = useTranslation('networkMaps');
  const headingId = useId();
  const initial = defaultPair(versions);
  return (
    <section className="map-history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.compare.heading')}</h2>
      {initial ? (
        <Comparer caseId={caseId} mapId={mapId} versions={versions} childName={childName} initial={initial} />
      ) : (
        <p>{t('history.compare.onlyOne')}</p>
      )}
    </section>
  );
}

function Comparer({ caseId, mapId, versions, childName, initial }: CompareVersionsProps & { initial: VersionPair }) {
  const { t } = useTranslation('networkMaps');
  const labels = useVersionLabels();
  const fromId = useId();
  const toId = useId();
  const [choice, setChoice] = useState<VersionPair>(initial);
  const [pair, setPair] = useState<VersionPair>(initial);
  const [sameError, setSameError] = useState(false);
  const comparison = useMapComparison(caseId, mapId, pair.from, pair.to);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice.from === choice.to) {
      setSameError(true);
      document.getElementById(toId)?.focus();
      return;
    }
    setSameError(false);
    setPair(choice);
  };

  const select = (id: string, side: keyof VersionPair, label: string) => {
    const error = side === 'to' && sameError ? t('history.compare.same') : undefined;
    return (
      <FieldShell id={id} label={label} error={error} className="map-history-select">
        {(describedBy) => (
          <select
            id={id}
            className="form-select"
            value={String(choice[side])}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setChoice((current) => ({ ...current, [side]: Number(event.target.value) }))}
          >
            {versions.map((version) => (
              <option key={version.number} value={String(version.number)}>
                {labels.title(version)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
    );
  };

  const loading = comparison.isFetching && (comparison.isPlaceholderData || !comparison.data);
  const shown = comparison.data && !comparison.isPlaceholderData ? comparison.data : null;
  return (
    <>
      <p>{t('history.compare.intro')}</p>
      <form className="map-history-compare-form" onSubmit={submit} noValidate>
        {select(fromId, 'from', t('history.compare.from'))}
        {select(toId, 'to', t('history.compare.to'))}
        <button type="submit" className="button button-primary">
          {t('history.compare.submit')}
        </button>
      </form>
      <StatusMessage busy={loading}>
        {loading
          ? t('history.compare.loading')
          : shown
            ? t('history.compare.shown', { from: shown.from.number, to: shown.to.number })
            : ''}
      </StatusMessage>
      {comparison.isError && (
        <ErrorBanner
          error={comparison.error}
          heading={t('history.compare.loadError')}
          onRetry={() => void comparison.refetch()}
        />
      )}
      {comparison.data && <ComparisonResult comparison={comparison.data} childName={childName} />}
    </>
  );
}

function ComparisonResult({ comparison, childName }: { comparison: MapComparison; childName: string }) {
  const { t } = useTranslation('networkMaps');
  const changesId = useId();
  const drawingsId = useId();
  // The sentence keys are built from the change's kind; the messages' types check them in the tests.
  const texts = useMemo(() => comparisonTexts(comparison, t as unknown as Translate), [comparison, t]);
  const highlights = useMemo(() => comparisonHighlights(comparison.changes), [comparison.changes]);
  const numbers = { from: comparison.from.number, to: comparison.to.number };
  return (
    <>
      <section className="map-history-changes" aria-labelledby={changesId}>
        <h3 id={changesId}>{t('history.compare.resultHeading', numbers)}</h3>
        {texts.length === 0 ? (
          <p>{t('history.compare.none', numbers)}</p>
        ) : (
          <>
            <p>{t('history.compare.count', { count: texts.length, ...numbers })}</p>
            <ul className="map-history-change-list">
              {texts.map((text, index) => (
                <li key={`${index}-${text}`}>{text}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="map-history-drawings" aria-labelledby={drawingsId}>
        <h3 id={drawingsId}>{t('history.compare.drawingsHeading')}</h3>
        <p>{t('history.compare.drawingsHint', numbers)}</p>
        <div className="map-history-side-by-side">
          <VersionDrawing version={comparison.from} highlights={highlights.from} childName={childName} />
          <VersionDrawing version={comparison.to} highlights={highlights.to} childName={childName} />
        </div>
      </section>
    </>
  );
}

function VersionDrawing({
  version,
  highlights,
  childName,
}: {
  version: MapVersion;
  highlights: Record<string, Highlight>;
  childName: string;
}) {
  const labels = useVersionLabels();
  const persons = useMemo(() => version.document.persons.map(toDrawingPerson), [version.document.persons]);
  return (
    <NetworkMapDrawing
      title={labels.title(version)}
      childName={childName}
      persons={persons}
      ties={version.document.ties}
      highlights={highlights}
    />
  );
}
