import { RelationQuality, type MapPerson, type MapTie } from '@inddrag/contracts';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftActions, type DraftAction } from './draft';
import { tieCandidates, tiesOf } from './ties';
import './ties.css';

type Named = Pick<MapPerson, 'id' | 'name'>;

interface TiesSectionProps {
  person: Named;
  persons: readonly Named[];
  ties: readonly MapTie[];
  readOnly: boolean;
  onChange: (action: DraftAction) => void;
  /** Tells the page's live region what happened. */
  onAnnounce: (text: string) => void;
}

/**
 * "Tæt på andre i netværket": the lines between this person and others on the map (who is close to
 * whom), removing one, and drawing a new one with its quality. Like the table, a change goes into the
 * draft at once and is saved with the next version.
 */
export function TiesSection({ person, persons, ties, readOnly, onChange, onAnnounce }: TiesSectionProps) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const ids = {
    heading: `${formId}-heading`,
    hint: `${formId}-hint`,
    other: `${formId}-other`,
    otherError: `${formId}-other-error`,
    quality: `${formId}-quality`,
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const otherRef = useRef<HTMLSelectElement>(null);
  const [otherId, setOtherId] = useState('');
  const [quality, setQuality] = useState<RelationQuality>('SUPPORTIVE');
  const [error, setError] = useState<string | null>(null);

  const lines = useMemo(() => tiesOf(person.id, ties, persons), [person.id, ties, persons]);
  const candidates = useMemo(() => tieCandidates(person.id, ties, persons), [person.id, ties, persons]);
  const free = candidates.filter((c) => !c.linked);
  // A choice that has since got a line (or left the map) is no choice any more.
  const chosen = free.some((c) => c.person.id === otherId) ? otherId : '';
  const name = person.name.trim() || t('editor.ties.thisPerson');
  const qualityText = (q: RelationQuality) => t(`maps.quality.${q}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const other = free.find((c) => c.person.id === chosen)?.person;
    if (!other) {
      setError(t('editor.ties.errors.other'));
      otherRef.current?.focus();
      return;
    }
    setError(null);
    onChange(draftActions.addTie(person.id, other.id, quality));
    onAnnounce(t('editor.ties.added', { a: name, b: other.name, quality: qualityText(quality).toLowerCase() }));
    setOtherId('');
    setQuality('SUPPORTIVE');
  };

  const remove = (tieId: string, otherName: string) => {
    onChange({ type: 'removeTie', id: tieId });
    onAnnounce(t('editor.ties.removed', { a: name, b: otherName }));
    // The button leaves with its line: focus goes to where lines are added (or to the heading).
    requestAnimationFrame(() => (otherRef.current ?? headingRef.current)?.focus());
  };

  return (
    <section className="map-ties" aria-labelledby={ids.heading} data-testid="ties-section">
      <h3 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t('editor.ties.heading')}
      </h3>
      <p className="form-hint" id={ids.hint}>
        {t('editor.ties.hint')}
      </p>
      {lines.length === 0 ? (
        <p>{t('editor.ties.none', { name })}</p>
      ) : (
        <ul className="nobullet-list map-ties-list" aria-label={t('editor.ties.listLabel', { name })}>
          {lines.map(({ tie, other }) => (
            <li key={tie.id}>
              <span>{t('editor.ties.item', { name: other.name, quality: qualityText(tie.quality) })}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button-tertiary"
                  aria-label={t('editor.ties.removeNamed', { a: name, b: other.name })}
                  onClick={() => remove(tie.id, other.name)}
                >
                  {t('editor.ties.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly &&
        (candidates.length === 0 ? (
          <p>{t('editor.ties.nobodyElse')}</p>
        ) : free.length === 0 ? (
          <p>{t('editor.ties.allLinked', { name })}</p>
        ) : (
          <form
            className="map-ties-form"
            noValidate
            onSubmit={submit}
            aria-label={t('editor.ties.formLabel', { name })}
            aria-describedby={ids.hint}
          >
            <div className={error ? 'form-group form-error' : 'form-group'}>
              <label className="form-label" htmlFor={ids.other}>
                {t('editor.ties.other')}
              </label>
              {error && (
                <span className="form-error-message" id={ids.otherError}>
                  {error}
                </span>
              )}
              <select
                id={ids.other}
                ref={otherRef}
                className="form-select"
                value={chosen}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.otherError : undefined}
                onChange={(event) => {
                  setOtherId(event.target.value);
                  if (event.target.value) setError(null);
                }}
              >
                <option value="">{t('editor.ties.chooseOther')}</option>
                {candidates.map(({ person: other, linked }) => (
                  <option key={other.id} value={other.id} disabled={linked}>
                    {linked ? t('editor.ties.alreadyLinked', { name: other.name }) : other.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={ids.quality}>
                {t('editor.ties.quality')}
              </label>
              <select
                id={ids.quality}
                className="form-select"
                value={quality}
                onChange={(event) =>
                  setQuality(RelationQuality.options.find((q) => q === event.target.value) ?? 'SUPPORTIVE')
                }
              >
                {RelationQuality.options.map((q) => (
                  <option key={q} value={q}>
                    {qualityText(q)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group map-ties-submit">
              <button type="submit" className="button button-secondary">
                {t('editor.ties.add')}
              </button>
            </div>
          </form>
        ))}
    </section>
  );
}
