import { Icon } from '../../ui/Icon';

interface StaleNoticeProps {
  heading: string;
  text: string;
  loadLabel: string;
  /** Loads the version the other person saved into the form; absent once it is loaded. */
  onLoad?: (() => void) | undefined;
  /** After loading: what happened, and the user's own unsaved text to copy back in. */
  loadedText?: string | undefined;
  yourTextHeading: string;
  yourText: readonly { label: string; value: string }[];
}

/** 409: someone else saved meanwhile. Offers their version and keeps the user's text visible to re-apply. */
export function StaleNotice({ heading, text, loadLabel, onLoad, loadedText, yourTextHeading, yourText }: StaleNoticeProps) {
  return (
    <div className="alert alert-warning concern-stale" role="alert">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{heading}</p>
        <p className="alert-text">{loadedText ?? text}</p>
        {onLoad && (
          <button type="button" className="button button-secondary mt-4" onClick={onLoad}>
            {loadLabel}
          </button>
        )}
        {loadedText && (
          <details className="details concern-your-text" open>
            <summary className="details-summary">{yourTextHeading}</summary>
            <div className="details-text">
              <dl>
                {yourText
                  .filter((item) => item.value.trim() !== '')
                  .map((item) => (
                    <div key={item.label}>
                      <dt>{item.label}</dt>
                      <dd className="concern-pre">{item.value}</dd>
                    </div>
                  ))}
              </dl>
            </div>
          </details>
        )}
      </div>
    </div>
  );
}
