import type { CaseDetail, FieldChange } from '@inddrag/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ActionWords } from './ActionWords';
import { classifyChangeValue, isLabelledField, type ChangeValue } from './historyFormat';
import { useCaseHistory } from './useCaseHistory';
import { useUserDirectory } from './useTeam';

/** "Ændringshistorik": what was changed, by whom and when, field by field. */
export function HistorySection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const history = useCaseHistory(detail.id, true);
  // Only read from the cache: the directory is fetched for those who manage the team.
  const directory = useUserDirectory(false).data;

  // Names the page already knows, so a changed user id reads as a name.
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const user of directory?.items ?? []) map.set(user.id, user.name);
    for (const member of detail.team) map.set(member.user.id, member.user.name);
    if (detail.responsibleCaseworker) map.set(detail.responsibleCaseworker.id, detail.responsibleCaseworker.name);
    for (const entry of history.entries) if (entry.user) map.set(entry.user.id, entry.user.name);
    return map;
  }, [detail, history.entries, directory]);

  if (history.hidden) return null;
  const status = history.isLoading
    ? t('history.loading')
    : history.hasData && history.entries.length === 0
      ? t('history.empty')
      : '';

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="change-history">
      <h2 id={headingId}>{t('history.heading')}</h2>
      <StatusMessage busy={history.isLoading}>{status}</StatusMessage>
      {history.error !== null && (
        <ErrorBanner error={history.error} heading={t('history.loadError')} onRetry={history.retry} />
      )}
      {history.entries.length > 0 && (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact history-table">
            <caption id={captionId} className="sr-only">
              {t('history.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('history.columns.time')}</th>
                <th scope="col">{t('history.columns.who')}</th>
                <th scope="col">{t('history.columns.what')}</th>
                <th scope="col">{t('history.columns.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="text-nowrap">
                    <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
                  </td>
                  <td>{entry.user?.name ?? t('history.unknownUser')}</td>
                  <td>
                    <ActionWords action={entry.action} entityType={entry.entityType} />
                  </td>
                  <td>
                    {entry.changes.length > 0 && (
                      <ul className="nobullet-list history-changes">
                        {entry.changes.map((change) => (
                          <li key={change.field}>
                            <ChangeLine change={change} names={names} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ChangeLine({ change, names }: { change: FieldChange; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const show = (value: ChangeValue): string => {
    switch (value.kind) {
      case 'empty':
        return t('history.emptyValue');
      case 'boolean':
        return value.value ? t('history.yes') : t('history.no');
      case 'caseRole':
        return t(`caseRole.${value.value}`);
      case 'phase':
        return t(`phase.${value.value}`);
      case 'user':
        return value.name ?? t('history.otherUser');
      case 'dateTime':
        return format.dateTime(value.iso);
      case 'text':
        return value.text;
    }
  };
  const field = isLabelledField(change.field) ? t(`history.fields.${change.field}`) : change.field;
  return (
    <>
      {t('history.change', {
        field,
        from: show(classifyChangeValue(change.field, change.from, names)),
        to: show(classifyChangeValue(change.field, change.to, names)),
      })}
    </>
  );
}
