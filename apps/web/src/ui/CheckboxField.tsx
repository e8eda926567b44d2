import { useId } from 'react';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  hint?: string;
  className?: string;
}

/** A labelled DKFDS checkbox, controlled. */
export function CheckboxField({ label, checked, onChange, name, hint, className }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `form-group-checkbox ${className}` : 'form-group-checkbox'}>
      <input
        id={id}
        name={name}
        type="checkbox"
        className="form-checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}
