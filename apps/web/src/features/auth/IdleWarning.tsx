import type { SessionInfo } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useIdleWarning } from './useIdleWarning';

/** A warning shortly before an idle session ends, with a button that keeps it alive. */
export function IdleWarning({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const { state, stay } = useIdleWarning(session);
  if (state.kind !== 'warning') return null;
  return (
    <div className="container idle-warning">
      <div className="alert alert-warning" role="alert">
        <Icon name="warning" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-heading">{t('idle.heading')}</p>
          <p className="alert-text">{t('idle.body', { count: state.minutesLeft })}</p>
          <button type="button" className="button button-secondary mt-4" onClick={stay}>
            {t('idle.stay')}
          </button>
        </div>
      </div>
    </div>
  );
}
