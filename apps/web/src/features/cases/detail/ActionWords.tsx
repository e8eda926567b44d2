import type { AuditAction } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { isLabelledEntity } from './historyFormat';

/** "Læst" with what was read underneath ("Sagen", "Sagens team", …). */
export function ActionWords({ action, entityType }: { action: AuditAction; entityType: string }) {
  const { t } = useTranslation('cases');
  return (
    <>
      <span className="log-action">{t(`action.${action}`)}</span>
      {isLabelledEntity(entityType) && <span className="log-entity small-text">{t(`entity.${entityType}`)}</span>}
    </>
  );
}
