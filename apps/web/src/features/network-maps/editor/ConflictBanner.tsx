import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapConflict } from '../../../api/networkMaps';
import { useFormatters } from '../../../i18n/useFormatters';
import { Icon } from '../../../ui/Icon';
import { clashSentence, type Translate } from '../changes';
import { changeContext, changeText } from '../history/changeText';
import { toDocument } from './draft';

interface ConflictBannerProps {
  conflict: MapConflict;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * A save refused because someone saved the map meanwhile (409). Says what they changed and what both
 * changed, and lets the user lay their changes onto the new version (to review and save again) or
 * throw them away. Nothing happens to the user's changes until they choose.
 */
export function ConflictBanner({ conflict, onReapply, onDiscard }: ConflictBannerProps) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const ref = useRef<HTMLDivElement>(null);
  const translate: Translate = (key, values) => t(key as never, values as never) as unknown as string;
  const rebasedIds = useMemo(() => new Set(conflict.rebased.persons.map((p) => p.id)), [conflict]);
  const { current } = conflict;
  const context = useMemo(() => changeContext(conflict.rebased, toDocument(current)), [conflict.rebased, current]);

  useEffect(() => {
    ref.current?.focus();
  }, [conflict]);

  return (
    <div className="alert alert-warning map-conflict" role="alert" tabIndex={-1} ref={ref} data-testid="conflict-banner">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading h3">{t('editor.conflict.heading')}</h2>
        <p className="alert-text">
          {t('editor.conflict.intro', {
            author: current.lastSaved.author.name,
            version: current.version,
            time: format.dateTime(current.lastSaved.createdAt),
          })}
        </p>
        <h3 className="h5">{t('editor.conflict.theirChanges')}</h3>
        {conflict.theirChanges.length === 0 ? (
          <p className="alert-text">{t('editor.conflict.noTheirChanges')}</p>
        ) : (
          <ul className="alert-text">
            {conflict.theirChanges.map((change, index) => (
              <li key={index}>{changeText(change, translate, context)}</li>
            ))}
          </ul>
        )}
        {conflict.clashes.length > 0 && (
          <>
            <h3 className="h5">{t('editor.conflict.clashes')}</h3>
            <ul className="alert-text">
              {conflict.clashes.map((change, index) => (
                <li key={index}>{clashSentence(change, translate, rebasedIds)}</li>
              ))}
            </ul>
          </>
        )}
        <p className="alert-text">{t('editor.conflict.choose')}</p>
        <div className="map-conflict-actions">
          <button type="button" className="button button-primary" onClick={onReapply}>
            {t('editor.conflict.reapply')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDiscard}>
            {t('editor.conflict.discard')}
          </button>
        </div>
        <p className="alert-text small-text">{t('editor.conflict.reapplyHint', { version: current.version })}</p>
      </div>
    </div>
  );
}
