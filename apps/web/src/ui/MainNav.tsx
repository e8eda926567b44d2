import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { hasPermission } from '../features/auth/permissions';
import { useSession } from '../features/auth/useSession';
import { canCreateCase } from '../features/cases/register/createdCase';

function NavItem({ to, label, match }: { to: string; label: string; match?: string }) {
  const active = useMatch({ path: match ?? to, end: false }) !== null;
  return (
    <li className={active ? 'active' : undefined}>
      {/* NavLink sets aria-current="page" on the current route. */}
      <NavLink to={to} className="nav-link">
        <span>{label}</span>
      </NavLink>
    </li>
  );
}

/** The main menu: only the areas the user's role gives access to. */
export function MainNav() {
  const { t } = useTranslation(['common', 'caseRegister']);
  const { user } = useSession({ fetch: false });
  const items = [
    hasPermission(user, 'case.mine') && { to: '/mine-sager', label: t('nav.myCases') },
    hasPermission(user, 'case.list') && { to: '/sager', label: t('nav.cases') },
    canCreateCase(user) && { to: '/sager/ny', label: t('caseRegister:nav.register') },
    hasPermission(user, 'case.emergencyAccess') && { to: '/noedadgang', label: t('nav.emergencyAccess') },
    hasPermission(user, 'emergencyAccess.review') && { to: '/noedadgange', label: t('nav.emergencyAccessReview') },
    // Leaders of FamilieCentret and UngeCentret receive referrals (the API checks the unit's kind too).
    hasPermission(user, 'referral.receive') &&
      (user?.unit?.kind === 'FAMILIECENTER' || user?.unit?.kind === 'UNGECENTER') && { to: '/visitationer', label: t('nav.referrals') },
    hasPermission(user, 'user.manage') && { to: '/admin/brugere', match: '/admin', label: t('nav.admin') },
  ].filter((item) => item !== false);
  if (items.length === 0) return null;
  return (
    <div className="navigation-menu">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t('nav.label')}>
          <ul className="mainmenu">
            {items.map((item) => (
              <NavItem key={item.to} {...item} />
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
