import type { ComponentPropsWithRef } from 'react';

type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'type'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A DKFDS checkbox with its label and an optional hint; spread a react-hook-form registration into it. */
export function CheckboxField({ id, label, hint, error, ...input }: CheckboxProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
      <div className="form-group-checkbox">
        <input id={id} type="checkbox" className="form-checkbox" aria-describedby={describedBy} {...input} />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <span className="form-hint" id={hintId}>
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}

type RadioProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'type' | 'value'> & {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
};

/** A DKFDS radio group in a fieldset whose legend names it. */
export function RadioGroupField({ id, legend, options, error, ...input }: RadioProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        {error && (
          <span className="form-error-message" id={errorId}>
            {error}
          </span>
        )}
        <ul className="nobullet-list">
          {options.map((option, index) => (
            <li key={option.value}>
              <div className="form-group-radio">
                {/* The first radio carries the group's id, so the error summary can focus it. */}
                <input id={index === 0 ? id : `${id}-${option.value}`} type="radio" className="form-radio" value={option.value} {...input} />
                <label className="form-label" htmlFor={index === 0 ? id : `${id}-${option.value}`}>
                  {option.label}
                </label>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
