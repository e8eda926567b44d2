import type { HonourConflict } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';

/**
 * BL § 18, stk. 3: while honour-related conflict is suspected and no risk assessment is recorded,
 * the family and network may not be contacted or invited. Said plainly at the top of the case.
 */
export function HonourAlert({ honour }: { honour: HonourConflict }) {
  const { t } = useTranslation('caseRegister');
  if (!honour.suspected || !honour.networkContactBlocked) return null;
  return (
    <div className="alert alert-warning honour-alert" role="alert" data-testid="honour-block">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('honour.blockedHeading')}</p>
        <p className="alert-text">{t('honour.blockedReason')}</p>
      </div>
    </div>
  );
}
