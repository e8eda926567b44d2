import type { ActionPlanDetail } from '@inddrag/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { Icon } from '../../../ui/Icon';

/**
 * A save refused because someone else saved first (409): says so, shows their version, and leaves
 * the user's input in the form; saving again builds on their version.
 */
export function ConflictNotice({ current }: { current: ActionPlanDetail }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [current.version]);
  const latest = current.versions[0];
  return (
    <div className="alert alert-warning" role="alert" ref={ref} tabIndex={-1}>
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('editor.conflict.heading')}</p>
        <p className="alert-text">{t('editor.conflict.text', { number: current.number })}</p>
        <details>
          <summary>{t('editor.conflict.theirs', { number: current.number, name: latest?.author.name ?? '' })}</summary>
          {latest && (
            <ul className="action-plan-changes">
              {latest.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          )}
          <ol>
            {current.goals.map((goal) => (
              <li key={goal.id}>
                <strong>{t(`area.${goal.area}`)}:</strong> {goal.goal}
                {goal.tasks.length > 0 && (
                  <ul>
                    {goal.tasks.map((task) => (
                      <li key={task.id}>
                        {task.who}: {task.what}
                        {task.dueOn ? ` (${format.calendarDate(task.dueOn)})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </details>
      </div>
    </div>
  );
}
