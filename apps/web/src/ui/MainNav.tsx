import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { hasPermission } from '../features/auth/permissions';
import { useSession } from '../features/auth/useSession';
import { canCreateCase } from '../features/cases/register/createdCase';

/** `exclude`: a sub-path that is a menu item of its own (/sager/ny is not "Sager"). */
function NavItem({ to, label, match, exclude }: { to: string; label: string; match?: string; exclude?: string }) {
  const matched = useMatch({ path: match ?? to, end: false }) !== null;
  const excluded = useMatch({ path: exclude ?? to, end: false }) !== null && exclude !== undefined;
  const active = matched && !excluded;
  return (
    <li className={active ? 'active' : undefined}>
      <Link to={to} className="nav-link" aria-current={active ? 'page' : undefined}>
        <span>{label}</span>
      </Link>
    </li>
  );
}

/** The main menu: only the areas the user's role gives access to. */
export function MainNav() {
  const { t } = useTranslation(['common', 'caseRegister']);
  const { user } = useSession({ fetch: false });
  const items = [
    hasPermission(user, 'case.mine') && { to: '/mine-sager', label: t('nav.myCases') },
    hasPermission(user, 'case.list') && { to: '/sager', label: t('nav.cases'), exclude: '/sager/ny' },
    canCreateCase(user) && { to: '/sager/ny', label: t('caseRegister:nav.register') },
    // Meetings are reached through the case or, for the coordinator, the conferences he coordinates.
    hasPermission(user, 'meeting.read') && { to: '/moeder', label: t('nav.meetings') },
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
