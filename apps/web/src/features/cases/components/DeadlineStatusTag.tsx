import type { DeadlineStatus } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../../ui/Icon';

const LOOK: Record<DeadlineStatus, { badge: string; icon: IconName }> = {
  OVERDUE: { badge: 'badge-error', icon: 'error' },
  DUE_SOON: { badge: 'badge-warning', icon: 'warning' },
  UPCOMING: { badge: 'badge-info', icon: 'info' },
  MET: { badge: 'badge-success', icon: 'success' },
};

/** A deadline's status in words with an icon, so it never rests on colour alone. */
export function DeadlineStatusTag({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation('cases');
  const look = LOOK[status];
  return (
    <span className={`badge ${look.badge} deadline-status-tag`} data-status={status}>
      <Icon name={look.icon} />
      {t(`deadline.status.${status}`)}
    </span>
  );
}
