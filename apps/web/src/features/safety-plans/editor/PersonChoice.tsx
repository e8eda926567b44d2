import type { SafetyPlanPerson } from '@inddrag/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PersonChoiceProps {
  /** Makes the checkboxes' ids unique; the first one gets `${idPrefix}` itself (for error links). */
  idPrefix: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  candidates: readonly SafetyPlanPerson[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Something to show under a chosen person (the network's role field). */
  renderChosen?: (person: SafetyPlanPerson) => ReactNode;
  disabled?: boolean;
}

/**
 * Network persons to choose as checkboxes. A person who may not be contacted (the network map's
 * rules) cannot be chosen, and the reason stands next to them; one chosen before the rule changed
 * stays ticked so it can be removed.
 */
export function PersonChoice({ idPrefix, legend, hint, error, candidates, value, onChange, renderChosen, disabled = false }: PersonChoiceProps) {
  const { t } = useTranslation('safetyPlans');
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...value, id] : value.filter((v) => v !== id));
  return (
    <fieldset className={error ? 'form-group form-error' : 'form-group'} aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}>
      <legend className="form-label">{legend}</legend>
      <span className="form-hint" id={hintId}>
        {hint}
      </span>
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
      {candidates.length === 0 && <p>{t('editor.network.noCandidates')}</p>}
      <ul className="nobullet-list safety-plan-persons">
        {candidates.map((person, index) => {
          const id = index === 0 ? idPrefix : `${idPrefix}-${person.id}`;
          const chosen = value.includes(person.id);
          const blocked = !person.contact.allowed;
          const reasonId = `${id}-reason`;
          return (
            <li key={person.id} className="form-group-checkbox">
              <input
                id={id}
                type="checkbox"
                className="form-checkbox"
                checked={chosen}
                disabled={disabled || (blocked && !chosen)}
                aria-describedby={blocked ? reasonId : undefined}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />
              <label className="form-label" htmlFor={id}>
                {person.name} <span className="safety-plan-relation">({person.relation})</span>
              </label>
              {blocked && (
                <span className="form-hint safety-plan-blocked" id={reasonId}>
                  {t('editor.network.blocked', { reason: person.contact.blocks.map((b) => b.message).join(' ') })}
                </span>
              )}
              {chosen && renderChosen?.(person)}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
