import type { ComponentPropsWithRef, ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string | undefined;
}

/**
 * DKFDS form group: label, hint, error message (prefixed "Fejl:" for screen readers by the
 * error text itself) and the control, with the red bar when the field has an error.
 */
export function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const classes = ['form-group', error ? 'form-error' : null, className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
      {children(describedBy)}
    </div>
  );
}

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className'>;

/** DKFDS input widths (`input-width-*`), sized to the expected answer. */
export type InputWidth = 'xs' | 's' | 'm' | 'l' | 'xl';
const inputClass = (width?: InputWidth) => (width ? `form-input input-width-${width}` : 'form-input');

interface TextFieldProps extends InputProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  groupClassName?: string | undefined;
  width?: InputWidth;
}

/** A labelled DKFDS text input; spread react-hook-form's `register(...)` into it. */
export function TextField({ id, label, hint, error, groupClassName, width, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={groupClassName}>
      {(describedBy) => (
        <input
          id={id}
          className={inputClass(width)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  width?: InputWidth;
};

export function TextAreaField({ id, label, hint, error, width, ...textarea }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          className={inputClass(width)}
          rows={4}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'className'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
};

/** A labelled native select for react-hook-form (see SelectField for a controlled one). */
export function SelectInput({ id, label, hint, error, children, ...select }: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className="form-select"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
