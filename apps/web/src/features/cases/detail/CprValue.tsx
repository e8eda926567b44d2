import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealCprDialog } from './RevealCprDialog';

interface CprValueProps {
  caseId: string;
  masked: string;
  canReveal: boolean;
}

/**
 * The masked CPR number, and for those who may: "Vis CPR", which asks for a purpose and then
 * shows the full number until the page is left (it is kept in this component's state only).
 */
export function CprValue({ caseId, masked, canReveal }: CprValueProps) {
  const { t } = useTranslation('cases');
  const [full, setFull] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const fullRef = useRef<HTMLSpanElement>(null);

  // The button that opened the dialog is gone: move focus to the number it revealed (after the
  // dialog has given focus back).
  useEffect(() => {
    if (!full) return;
    const frame = requestAnimationFrame(() => fullRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [full]);

  if (full) {
    return (
      <span className="cpr-value">
        <span className="cpr-number" data-testid="cpr-full" tabIndex={-1} ref={fullRef}>
          {full}
        </span>{' '}
        <span className="small-text">{t('cpr.revealedNote')}</span>
      </span>
    );
  }
  return (
    <span className="cpr-value">
      <span className="cpr-number">{masked}</span>
      {canReveal && (
        <>
          <button type="button" className="button button-tertiary cpr-reveal" onClick={() => setOpen(true)}>
            {t('cpr.reveal')}
          </button>
          <RevealCprDialog
            caseId={caseId}
            isOpen={open}
            onOpenChange={setOpen}
            onRevealed={(cpr) => {
              setFull(cpr);
              setOpen(false);
            }}
          />
        </>
      )}
    </span>
  );
}
