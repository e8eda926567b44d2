import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlertBell } from '../features/alerts/AlertBell';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SessionArea } from './SessionArea';

/** DKFDS header: portal row (user, language), solution row (product, authority), navigation. */
export function Header({ navigation = true }: { navigation?: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <SessionArea />
          <AlertBell />
          <LanguageSwitch />
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">{t('appName')}</Link>
          </div>
          <div className="additional-info">
            <p className="authority-name">{t('header.authorityArea')}</p>
          </div>
        </div>
      </div>
      {navigation && <MainNav />}
    </header>
  );
}
