import { useTranslation } from 'react-i18next';
import type { StaleWriteError } from '../../api/staleWrite';
import { Icon } from '../../ui/Icon';

interface ConflictNoticesProps<T extends { version: number }> {
  /** The refused save (409), with the version the other person saved. */
  stale: StaleWriteError<T> | null;
  /** Puts their version into the form. */
  onLoad: (current: T) => void;
  /** The version loaded after a conflict; null before. */
  loadedVersion: number | null;
  /** The user's text that was not saved, shown to copy back in once their version is loaded. */
  unsavedText: readonly { label: string; value: string }[] | null;
  /** Where the form's conflict texts are: heading, text, load, loaded, yourText. */
  keys: 'form.conflict' | 'assessment.form.conflict';
}

/**
 * What a form shows around a 409: first that someone else saved meanwhile, with their version to
 * load; once loaded, that it is, with the user's own unsaved text beside the form.
 */
export function ConflictNotices<T extends { version: number }>({ stale, onLoad, loadedVersion, unsavedText, keys }: ConflictNoticesProps<T>) {
  const { t } = useTranslation('concerns');
  const current = stale?.current;
  if (stale) {
    return (
      <StaleNotice
        heading={t(`${keys}.heading`)}
        text={t(`${keys}.text`)}
        loadLabel={t(`${keys}.load`)}
        onLoad={current ? () => onLoad(current) : undefined}
        yourTextHeading={t(`${keys}.yourText`)}
        yourText={[]}
      />
    );
  }
  if (!unsavedText || loadedVersion === null) return null;
  return (
    <StaleNotice
      heading={t(`${keys}.heading`)}
      text=""
      loadLabel=""
      loadedText={t(`${keys}.loaded`, { version: loadedVersion })}
      yourTextHeading={t(`${keys}.yourText`)}
      yourText={unsavedText}
    />
  );
}

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
function StaleNotice({ heading, text, loadLabel, onLoad, loadedText, yourTextHeading, yourText }: StaleNoticeProps) {
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
