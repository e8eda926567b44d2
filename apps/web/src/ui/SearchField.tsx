import { useId } from 'react';
import { Icon } from './Icon';

interface SearchFieldProps {
  label: string;
  hint?: string;
  submitLabel: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  className?: string;
  /** An example of what to type; the label and hint still say what the field is for. */
  placeholder?: string;
}

/**
 * DKFDS search field: label, hint, input and a submit button. Place it inside a form;
 * the button submits it (Enter does too).
 */
export function SearchField({ label, hint, submitLabel, value, onChange, name, className, placeholder }: SearchFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `form-group ${className}` : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      <div className="search">
        <input
          id={id}
          name={name}
          type="search"
          className="form-input"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder={placeholder}
          aria-describedby={hint ? hintId : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="button button-search">
          <Icon name="search" />
          <span className="sr-only">{submitLabel}</span>
        </button>
      </div>
    </div>
  );
}
