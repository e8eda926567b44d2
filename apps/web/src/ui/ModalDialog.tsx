import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface ModalDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  /** A dialog that asks to confirm a destructive action is an alertdialog. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal dialog with react-aria's behaviour (focus kept inside and restored afterwards,
 * Escape and a click outside close it, the rest of the page hidden from screen readers) in
 * DKFDS modal markup. The title names the dialog.
 */
export function ModalDialog({ isOpen, onOpenChange, title, children, role = 'dialog' }: ModalDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="modal-backdrop show">
      <Modal className="fds-modal show-modal">
        <Dialog className="modal-content" role={role}>
          {({ close }) => (
            <>
              <div className="modal-header">
                <Heading slot="title" level={2} className="modal-title h2">
                  {title}
                </Heading>
                <button type="button" className="modal-close function-link" onClick={close}>
                  {t('actions.close')}
                </button>
              </div>
              <div className="modal-body">{children}</div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
