import type { CaseDetail } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { Icon } from '../../../ui/Icon';

/** Shown while the user reaches the case only through an emergency access. */
export function EmergencyAccessBanner({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const unit = detail.responsibleUnit.name;
  const expiresAt = detail.emergencyAccessExpiresAt;
  return (
    <div className="alert alert-warning emergency-access-banner">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading h5">{t('detail.emergencyBanner.heading')}</h2>
        <p className="alert-text">
          {expiresAt ? (
            <>{t('detail.emergencyBanner.until', { time: format.dateTime(expiresAt), unit })}</>
          ) : (
            t('detail.emergencyBanner.noExpiry', { unit })
          )}
        </p>
      </div>
    </div>
  );
}
