import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../ui/ModalDialog';
import { SubmitButton } from '../forms/SubmitButton';

interface UserDialogFrameProps {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitClassName?: string;
  busy: boolean;
  children: ReactNode;
}

/** A modal dialog holding one form, with its submit and cancel buttons at the bottom. */
export function UserDialogFrame({
  title,
  role,
  onClose,
  onSubmit,
  submitLabel,
  submitClassName,
  busy,
  children,
}: UserDialogFrameProps) {
  const { t } = useTranslation('common');
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      {...(role ? { role } : {})}
    >
      <form noValidate onSubmit={onSubmit}>
        {children}
        <div className="admin-dialog-actions">
          <SubmitButton busy={busy} {...(submitClassName ? { className: submitClassName } : {})}>
            {submitLabel}
          </SubmitButton>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
