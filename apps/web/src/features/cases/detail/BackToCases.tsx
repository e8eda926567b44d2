import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../ui/Icon';

export function BackToCases() {
  const { t } = useTranslation('cases');
  return (
    <Link to="/sager" className="back-link">
      <Icon name="chevron-left" />
      {t('detail.back')}
    </Link>
  );
}
