import type { ConcernGround } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';

/** The grounds for concern by date: kind, source, description and what documents them. */
export function GroundsTable({
  grounds,
  onEdit,
}: {
  grounds: readonly ConcernGround[];
  onEdit: ((ground: ConcernGround) => void) | null;
}) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact concern-grounds-table">
        <caption id={captionId}>{t('ground.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ground.date')}</th>
            <th scope="col">{t('ground.kindLabel')}</th>
            <th scope="col">{t('ground.source')}</th>
            <th scope="col">{t('ground.description')}</th>
            <th scope="col">{t('ground.links')}</th>
            {onEdit && <th scope="col">{t('ground.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {grounds.map((ground) => {
            const links = [
              ground.notification &&
                t('ground.notificationLink', {
                  date: format.calendarDate(ground.notification.receivedOn),
                  source: ground.notification.source,
                }),
              ground.note && t('ground.noteLink', { title: ground.note.title }),
              ground.document && t('ground.documentLink', { fileName: ground.document.fileName }),
            ].filter((link): link is string => Boolean(link));
            return (
              <tr key={ground.id}>
                <th scope="row">
                  <time dateTime={ground.occurredOn}>{format.calendarDate(ground.occurredOn)}</time>
                </th>
                <td>{t(`ground.kind.${ground.kind}`)}</td>
                <td>{ground.source}</td>
                <td className="concern-pre">{ground.description}</td>
                <td>{links.length ? links.join(', ') : t('ground.none')}</td>
                {onEdit && (
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('ground.editLabel', { date: format.calendarDate(ground.occurredOn) })}
                      onClick={() => onEdit(ground)}
                    >
                      {t('ground.edit')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
