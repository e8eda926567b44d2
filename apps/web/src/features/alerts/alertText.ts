import type { Alert, DeadlineKind } from '@inddrag/contracts';
import type { TFunction } from 'i18next';

export interface AlertView {
  text: string;
  /** Where the alert leads: the referral for its receiving leader, otherwise the case. */
  href: string | null;
}

const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** An alert's sentence in the user's language, and its link. `today` is `YYYY-MM-DD`. */
export function alertView(
  alert: Alert,
  t: TFunction<'alerts'>,
  formatDate: (isoDate: string) => string,
  today: string,
): AlertView {
  const d = alert.data;
  const caseHref = alert.caseId ? `/sager/${alert.caseId}` : null;
  const caseNumber = str(d.caseNumber);
  switch (alert.kind) {
    case 'REFERRAL_RECEIVED':
      return {
        text: t('kind.REFERRAL_RECEIVED', { caseNumber, fromUnit: str(d.fromUnit), childName: str(d.childName) }),
        href: d.referralId ? `/visitationer/${str(d.referralId)}` : null,
      };
    case 'REFERRAL_ACCEPTED':
      return { text: t('kind.REFERRAL_ACCEPTED', { caseNumber, toUnit: str(d.toUnit), workerName: str(d.workerName) }), href: caseHref };
    case 'REFERRAL_RETURNED':
      return { text: t('kind.REFERRAL_RETURNED', { caseNumber, toUnit: str(d.toUnit) }), href: caseHref };
    case 'DEADLINE_DUE': {
      const dueOn = str(d.dueOn);
      const deadline = t(`deadline.${str(d.deadlineKind) as DeadlineKind}`);
      const key = dueOn && dueOn < today ? 'kind.DEADLINE_OVERDUE' : 'kind.DEADLINE_DUE';
      return { text: t(key, { caseNumber, deadline, dueOn: dueOn ? formatDate(dueOn) : '' }), href: caseHref };
    }
    case 'EMERGENCY_ACCESS':
      return { text: t('kind.EMERGENCY_ACCESS', { caseNumber, userName: str(d.userName) }), href: caseHref };
  }
}
