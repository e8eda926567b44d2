import type { CaseTeamMember } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../ui/ModalDialog';

interface RemoveMemberDialogProps {
  member: CaseTeamMember | null;
  onCancel: () => void;
  onConfirm: (member: CaseTeamMember) => void;
}

export function RemoveMemberDialog({ member, onCancel, onConfirm }: RemoveMemberDialogProps) {
  const { t } = useTranslation(['cases', 'common']);
  return (
    <ModalDialog
      isOpen={member !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={t('cases:team.removeTitle')}
      role="alertdialog"
    >
      {member && (
        <>
          <p>{t('cases:team.removeConfirm', { name: member.user.name })}</p>
          <div className="modal-actions">
            <button type="button" className="button button-primary" onClick={() => onConfirm(member)}>
              {t('cases:team.remove')}
            </button>
            {/* The safe choice takes focus first. */}
            <button type="button" className="button button-secondary" onClick={onCancel} autoFocus>
              {t('common:actions.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
