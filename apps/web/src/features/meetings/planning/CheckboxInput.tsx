import type { ComponentPropsWithRef } from 'react';

type CheckboxInputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'className'> & {
  id: string;
  label: string;
  hint?: string;
};

/** A labelled DKFDS checkbox for react-hook-form: spread `register(...)` into it. */
export function CheckboxInput({ id, label, hint, ...input }: CheckboxInputProps) {
  return (
    <div className="form-group-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
