import { useEffect, useId, useRef, type ReactNode } from 'react';

interface FormToggleProps {
  /** The button's words, e.g. "Registrér afgørelse". */
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A button that shows a form under it (aria-expanded), so the case page is not a wall of forms.
 * When the form closes (cancelled or saved), focus goes back to the button.
 */
export function FormToggle({ label, open, onOpenChange, children }: FormToggleProps) {
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="form-toggle">
      <button
        type="button"
        ref={buttonRef}
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => onOpenChange(!open)}
      >
        {label}
      </button>
      <div id={panelId} hidden={!open} className="form-toggle-panel">
        {open && children}
      </div>
    </div>
  );
}
