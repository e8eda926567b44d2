import type { Deadline } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../../ui/Icon';
import { deadlineStatusLabel, type DeadlineStatusLabel } from '../detail/deadlineStatus';

const LOOK: Record<DeadlineStatusLabel, { badge: string; icon: IconName }> = {
  OVERDUE: { badge: 'badge-error', icon: 'error' },
  DUE_SOON: { badge: 'badge-warning', icon: 'warning' },
  UPCOMING: { badge: 'badge-info', icon: 'info' },
  MET: { badge: 'badge-success', icon: 'success' },
  MET_LATE: { badge: 'badge-warning', icon: 'warning' },
};

/** A deadline's status in words with an icon, so it never rests on colour alone. */
export function DeadlineStatusTag({ status, metLate = false }: Pick<Deadline, 'status'> & { metLate?: boolean }) {
  const { t } = useTranslation('cases');
  const label = deadlineStatusLabel({ status, metLate });
  const look = LOOK[label];
  return (
    <span className={`badge ${look.badge} deadline-status-tag`} data-status={label}>
      <Icon name={look.icon} />
      {t(`deadline.status.${label}`)}
    </span>
  );
}
