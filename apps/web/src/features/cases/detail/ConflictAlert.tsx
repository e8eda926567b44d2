import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseKeys } from '../../../api/cases';
import { Icon } from '../../../ui/Icon';

interface ConflictAlertProps {
  caseId: string;
  onReloaded: () => void;
  heading: string;
  message: string;
}

/** 409: someone else changed the case in the meantime. Reload it and let the user try again. */
export function ConflictAlert({ caseId, onReloaded, heading, message }: ConflictAlertProps) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    onReloaded();
  };
  return (
    <div className="alert alert-warning" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        <p className="alert-text">{message}</p>
        <button type="button" className="button button-secondary mt-4" onClick={() => void reload()}>
          {t('actions.reload')}
        </button>
      </div>
    </div>
  );
}
