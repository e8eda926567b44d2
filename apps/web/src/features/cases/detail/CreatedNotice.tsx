import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Icon } from '../../../ui/Icon';
import { createdCaseState } from '../register/createdCase';

/**
 * Right after "Registrér underretning": the case was opened, and what the API asked to check
 * (e.g. a CPR number that fails the modulus-11 check).
 */
export function CreatedNotice({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation('caseRegister');
  const location = useLocation();
  const navigate = useNavigate();
  // Read once: the notice belongs to this visit, not to a reload or a later "back".
  const [created] = useState(() => createdCaseState(location.state));
  const hasState = createdCaseState(location.state) !== null;
  useEffect(() => {
    if (hasState) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [hasState, location.pathname, location.search, navigate]);
  if (!created || created.caseNumber !== caseNumber) return null;
  if (created.warnings.length === 0) {
    return (
      <div className="alert alert-success case-created" role="status">
        <Icon name="success" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{t('create.created', { caseNumber })}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="alert alert-warning case-created" role="status" data-testid="case-created-warnings">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('overview.warningsHeading')}</p>
        <ul className="alert-text">
          {created.warnings.map((warning) => (
            <li key={warning.code}>{warning.code === 'CPR_MODULUS11' ? t('create.cprModulus11') : warning.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
