import type { DeadlineKind, DeadlineStatus } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { DeadlineStatusTag } from './DeadlineStatusTag';

/** One deadline: what (in Danish, with its paragraph), by when, and its status. */
export function DeadlineLine({ kind, dueOn, status }: { kind: DeadlineKind; dueOn: string; status: DeadlineStatus }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  return (
    <span className="deadline-line">
      <span className="deadline-kind">{t(`deadline.kind.${kind}`)}</span>{' '}
      <span className="deadline-due">
        <time dateTime={dueOn}>{t('deadline.dueOn', { date: format.calendarDate(dueOn) })}</time>
      </span>{' '}
      <DeadlineStatusTag status={status} />
    </span>
  );
}
