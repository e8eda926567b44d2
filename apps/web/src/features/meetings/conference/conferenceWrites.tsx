import { useTranslation } from 'react-i18next';
import { isMeetingConflict, useMeetingWriteResult } from '../../../api/meetings';
import { ErrorBanner } from '../../../ui/ErrorBanner';

/** After a 409: show the meeting as it is now, so the user redoes the step on the current version. */
export function useConflictRecovery() {
  const write = useMeetingWriteResult();
  return (error: unknown) => {
    if (isMeetingConflict(error) && error.current) write(error.current);
  };
}

/** A failed conference write: a conflict says what happened; anything else is an error banner. */
export function WriteError({ error, heading }: { error: unknown; heading: string }) {
  const { t } = useTranslation('conferences');
  if (!error) return null;
  if (isMeetingConflict(error))
    return (
      <div className="alert alert-warning" role="alert">
        <div className="alert-body">
          <p className="alert-heading">{heading}</p>
          <p className="alert-text">{t('page.conflict')}</p>
        </div>
      </div>
    );
  return <ErrorBanner error={error} heading={heading} />;
}
