import { zodResolver } from '@hookform/resolvers/zod';
import { RevealCprRequest } from '@inddrag/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ModalDialog } from '../../../ui/ModalDialog';
import { problemMessageKey } from '../../../ui/problemMessage';
import { Spinner } from '../../../ui/Spinner';
import { TextAreaField } from '../../../ui/TextField';
import { useRevealCpr } from './useRevealCpr';

type Input = z.input<typeof RevealCprRequest>;
type Output = z.output<typeof RevealCprRequest>;

interface RevealCprDialogProps {
  caseId: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onRevealed: (cpr: string) => void;
}

export function RevealCprDialog({ caseId, isOpen, onOpenChange, onRevealed }: RevealCprDialogProps) {
  const { t } = useTranslation(['cases', 'common']);
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('cases:cpr.dialogTitle')}>
      <RevealCprForm caseId={caseId} onRevealed={onRevealed} onCancel={() => onOpenChange(false)} />
    </ModalDialog>
  );
}

function RevealCprForm({
  caseId,
  onRevealed,
  onCancel,
}: {
  caseId: string;
  onRevealed: (cpr: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const mutation = useRevealCpr(caseId, onRevealed);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(RevealCprRequest), defaultValues: { reason: '' } });

  const reasonError = errors.reason
    ? errors.reason.type === 'too_big'
      ? t('cases:cpr.reasonTooLong')
      : t('cases:cpr.reasonError')
    : undefined;
  const busy = mutation.isPending;

  return (
    <form noValidate onSubmit={handleSubmit((values) => mutation.mutate(values.reason))}>
      <p>{t('cases:cpr.dialogBody')}</p>
      {mutation.isError && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('cases:cpr.error')}</p>
            <p className="alert-text">{t(`common:${problemMessageKey(mutation.error)}`)}</p>
          </div>
        </div>
      )}
      <TextAreaField
        id={`cpr-reason-${caseId}`}
        label={t('cases:cpr.reason')}
        hint={t('cases:cpr.reasonHint')}
        rows={3}
        maxLength={500}
        width="xl"
        error={reasonError}
        // The one thing to do in the dialog: start there.
        autoFocus
        {...register('reason')}
      />
      <div className="modal-actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={busy}
          onClick={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          {busy && <Spinner />}
          <span>{busy ? t('cases:cpr.submitting') : t('cases:cpr.submit')}</span>
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
