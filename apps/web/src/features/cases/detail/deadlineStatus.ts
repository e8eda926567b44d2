import type { Deadline } from '@inddrag/contracts';

/** How a deadline's state reads: the API's status, with a late "met" told apart. */
export type DeadlineStatusLabel = 'OVERDUE' | 'DUE_SOON' | 'UPCOMING' | 'MET' | 'MET_LATE';

export function deadlineStatusLabel(deadline: Pick<Deadline, 'status' | 'metLate'>): DeadlineStatusLabel {
  if (deadline.status === 'MET' && deadline.metLate) return 'MET_LATE';
  return deadline.status;
}

const ORDER: Record<DeadlineStatusLabel, number> = { OVERDUE: 0, DUE_SOON: 1, UPCOMING: 2, MET_LATE: 3, MET: 4 };

/** Most pressing first: overdue, due soon, upcoming (by date), then the met ones. */
export function sortDeadlines<D extends Pick<Deadline, 'status' | 'metLate' | 'dueOn'>>(deadlines: readonly D[]): D[] {
  return [...deadlines].sort(
    (a, b) => ORDER[deadlineStatusLabel(a)] - ORDER[deadlineStatusLabel(b)] || a.dueOn.localeCompare(b.dueOn),
  );
}
