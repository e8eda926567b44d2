import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/** 409: the record was changed by someone else; the fresh version has been loaded. */
export function ConflictAlert() {
  const { t } = useTranslation('admin');
  return (
    <div className="alert alert-warning" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('form.conflictHeading')}</p>
        <p className="alert-text">{t('form.conflict')}</p>
      </div>
    </div>
  );
}
