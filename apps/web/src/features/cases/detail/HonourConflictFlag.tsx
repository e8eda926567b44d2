import type { CaseDetail } from '@inddrag/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { HonourConflictTag } from '../components/HonourConflictTag';
import { ConflictAlert } from './ConflictAlert';
import { isConflict } from './conflict';
import { useUpdateCase } from './useUpdateCase';

/** The honour-conflict flag in words, and for those who may change the case a button to set or clear it. */
export function HonourConflictFlag({ detail, canUpdate }: { detail: CaseDetail; canUpdate: boolean }) {
  const { t } = useTranslation('cases');
  const update = useUpdateCase(detail.id);
  const [saved, setSaved] = useState(false);
  const flagged = detail.honourConflictSuspected;

  const toggle = () => {
    if (update.isPending) return;
    setSaved(false);
    update.mutate({ honourConflictSuspected: !flagged, version: detail.version }, { onSuccess: () => setSaved(true) });
  };

  return (
    <div className="case-flags">
      <p className="case-flags-value">{flagged ? <HonourConflictTag /> : t('overview.noFlags')}</p>
      {canUpdate && (
        <>
          <button
            type="button"
            className="button button-tertiary case-flag-toggle"
            aria-disabled={update.isPending}
            onClick={toggle}
          >
            {update.isPending && <Spinner />}
            <span>{flagged ? t('overview.unflagHonourConflict') : t('overview.flagHonourConflict')}</span>
          </button>
          <StatusMessage busy={update.isPending}>
            {update.isPending ? t('overview.saving') : saved ? t('overview.flagSaved') : ''}
          </StatusMessage>
          {update.isError &&
            (isConflict(update.error) ? (
              <ConflictAlert
                caseId={detail.id}
                onReloaded={() => update.reset()}
                heading={t('overview.flagError')}
                message={t('overview.conflict')}
              />
            ) : (
              <ErrorBanner error={update.error} heading={t('overview.flagError')} />
            ))}
        </>
      )}
    </div>
  );
}
