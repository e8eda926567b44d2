import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/** The honour-conflict flag, in words (not colour alone). */
export function HonourConflictTag() {
  const { t } = useTranslation('cases');
  return (
    <span className="badge badge-warning honour-conflict-tag">
      <Icon name="warning" />
      {t('table.honourConflict')}
    </span>
  );
}
