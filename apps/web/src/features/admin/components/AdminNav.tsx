import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/admin/brugere', key: 'users' },
  { to: '/admin/indsigt', key: 'insight' },
  { to: '/admin/indstillinger', key: 'settings' },
] as const;

/** Between the administrator's pages (the main menu has one "Administration" item). */
export function AdminNav() {
  const { t } = useTranslation('admin');
  return (
    <nav className="admin-nav no-print" aria-label={t('nav.label')}>
      <ul className="nobullet-list">
        {LINKS.map((link) => (
          <li key={link.to}>
            {/* NavLink marks the current page with aria-current="page". */}
            <NavLink to={link.to} className="function-link">
              {t(`nav.${link.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
