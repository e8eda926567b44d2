import type { ActionPlanDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';

/** The plan's versions: number, status, author, time and what changed. */
export function VersionHistory({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const headingId = useId();
  return (
    <section className="action-plan-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions.heading')}</h2>
      <div className="table--responsive-scroll">
        <table className="table" data-testid="plan-versions">
          <caption className="sr-only">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.number')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.author')}</th>
              <th scope="col">{t('versions.date')}</th>
              <th scope="col">{t('versions.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.versions.map((version) => (
              <tr key={version.number}>
                <td>{version.number}</td>
                <td>{t(`status.${version.status}`)}</td>
                <td>{version.author.name}</td>
                <td>{format.dateTime(version.createdAt)}</td>
                <td>
                  <ul className="action-plan-changes">
                    {version.changes.map((change) => (
                      <li key={change}>{change}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
