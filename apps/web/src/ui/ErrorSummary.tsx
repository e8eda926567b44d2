import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export interface SummaryItem {
  /** The id of the field the message belongs to; the link moves focus there. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  heading?: string | undefined;
  /** A message for the form as a whole (e.g. the server's answer). */
  message?: string | undefined;
  items?: readonly SummaryItem[];
  /** Change this (e.g. a submit counter) to move focus to the summary again. */
  focusKey: number;
}

/**
 * DKFDS error summary ("Der er problemer"): above the form, takes focus after a failed submit,
 * and links to each field with an error.
 */
export function ErrorSummary({ heading, message, items = [], focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  const goTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // A fragment link would go through the router; move focus without changing the URL.
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading h5">{heading ?? t('form.errorSummary')}</h2>
        {message && <p className="alert-text">{message}</p>}
        {items.length > 0 && (
          <ul className="alert-text nobullet-list">
            {items.map((item) => (
              <li key={item.fieldId}>
                <a href={`#${item.fieldId}`} className="function-link" onClick={(event) => goTo(event, item.fieldId)}>
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
