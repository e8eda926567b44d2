import { MapOccasion } from '@inddrag/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import type { DraftIssue } from './draft';

interface SaveBarProps {
  dirty: boolean;
  baseVersion: number;
  saving: boolean;
  saveError: unknown;
  issues: readonly DraftIssue[];
  onSave: (occasion: MapOccasion, occasionNote: string | null) => void;
  /** Proposed by the link the user came by (a follow-up meeting proposes "opfølgningsmøde"). */
  initialOccasion?: MapOccasion;
}

/**
 * "Gem version": why the version is saved (the occasion, and a note for "Andet"), whether there are
 * unsaved changes, and the save itself (a new version from the one the user started from).
 */
export function SaveBar({ dirty, baseVersion, saving, saveError, issues, onSave, initialOccasion }: SaveBarProps) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const [occasion, setOccasion] = useState<MapOccasion | ''>(initialOccasion ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ occasion?: string; note?: string }>({});
  const ids = { occasion: `${formId}-occasion`, note: `${formId}-note` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const next = {
      ...(occasion === '' ? { occasion: t('editor.save.errors.occasion') } : {}),
      ...(occasion === 'OTHER' && note.trim() === '' ? { note: t('editor.save.errors.occasionNote') } : {}),
    };
    setErrors(next);
    if (next.occasion) return document.getElementById(ids.occasion)?.focus();
    if (next.note) return document.getElementById(ids.note)?.focus();
    if (occasion === '' || issues.length > 0) return;
    onSave(occasion, note.trim() === '' ? null : note.trim());
  };

  return (
    <form className="map-save-bar" noValidate onSubmit={submit} aria-labelledby={`${formId}-heading`} data-testid="save-bar">
      <h2 id={`${formId}-heading`} className="sr-only">
        {t('editor.save.heading')}
      </h2>
      {issues.length > 0 && (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('editor.save.invalid')}</p>
            <ul className="alert-text">
              {issues.map((issue, index) => (
                <li key={index}>
                  {issue.personName
                    ? t('editor.save.invalidPerson', { name: issue.personName, message: issue.message })
                    : issue.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {saveError !== null && <ErrorBanner error={saveError} heading={t('editor.save.error')} />}
      <div className="map-save-fields">
        <div className={errors.occasion ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={ids.occasion}>
            {t('editor.save.occasion')}
          </label>
          {errors.occasion && (
            <span className="form-error-message" id={`${ids.occasion}-error`}>
              {errors.occasion}
            </span>
          )}
          <select
            id={ids.occasion}
            className="form-select"
            value={occasion}
            aria-invalid={errors.occasion ? true : undefined}
            aria-describedby={errors.occasion ? `${ids.occasion}-error` : undefined}
            onChange={(event) => setOccasion(MapOccasion.options.find((o) => o === event.target.value) ?? '')}
          >
            <option value="">{t('editor.save.chooseOccasion')}</option>
            {MapOccasion.options.map((o) => (
              <option key={o} value={o}>
                {t(`maps.occasion.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={errors.note ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={ids.note}>
            {occasion === 'OTHER' ? t('editor.save.occasionNote') : t('editor.save.occasionNoteOptional')}
          </label>
          {errors.note && (
            <span className="form-error-message" id={`${ids.note}-error`}>
              {errors.note}
            </span>
          )}
          <input
            id={ids.note}
            className="form-input"
            value={note}
            maxLength={300}
            autoComplete="off"
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${ids.note}-error` : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="form-group map-save-submit">
          <button type="submit" className="button button-primary" aria-disabled={saving || issues.length > 0}>
            {saving && <Spinner />}
            <span>{saving ? t('editor.save.submitting') : t('editor.save.submit')}</span>
          </button>
        </div>
      </div>
      <p className={dirty ? 'map-save-state map-save-dirty' : 'map-save-state'} data-testid="save-state">
        {dirty ? t('editor.save.unsaved') : t('editor.save.clean', { version: baseVersion })}
      </p>
    </form>
  );
}
