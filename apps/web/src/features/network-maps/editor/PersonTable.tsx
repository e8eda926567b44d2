import {
  NETWORK_RINGS,
  NETWORK_SECTORS,
  NetworkPerspective,
  RelationQuality,
  type MapPerson,
  type MapPersonView,
  type NetworkPerspective as Perspective,
  type NetworkRing,
  type NetworkSector,
} from '@inddrag/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftAction } from './draft';
import { blankPerson, draftActions } from './draft';
import { ContactCell } from './ContactBlocks';

interface PersonTableProps {
  persons: readonly MapPerson[];
  perspective: Perspective;
  selectedId: string | null;
  readOnly: boolean;
  /** The person as the API last showed them (contact status); undefined while only in the draft. */
  savedPerson: (personId: string) => MapPersonView | undefined;
  onChange: (action: DraftAction) => void;
  onEdit: (personId: string) => void;
  onRemove: (person: MapPerson) => void;
  onAdded: (name: string) => void;
}

/**
 * The map as a table: one row per person, edited with the keyboard. Each select changes the draft at
 * once (as dragging in the drawing does); the row's "Redigér" opens the person's whole form.
 */
export function PersonTable(props: PersonTableProps) {
  const { persons, perspective, selectedId, readOnly, savedPerson, onChange, onEdit, onRemove, onAdded } = props;
  const { t } = useTranslation('networkMaps');
  const captionId = useId();

  const select = <V extends string>(
    person: MapPerson,
    field: string,
    value: V,
    options: readonly V[],
    label: (value: V) => string,
    update: (value: V) => DraftAction,
  ) => (
    <select
      className="form-select map-table-select"
      aria-label={t('editor.table.fieldFor', { field, name: person.name })}
      value={value}
      disabled={readOnly}
      onChange={(event) => {
        const next = options.find((option) => option === event.target.value);
        if (next) onChange(update(next));
      }}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );

  return (
    <>
      {persons.length > 0 && (
      <div className="table--responsive-scroll map-person-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table--compact map-person-table" data-testid="person-table">
          <caption id={captionId}>{t('editor.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.table.name')}</th>
              <th scope="col">{t('editor.table.relation')}</th>
              <th scope="col">{t('editor.table.sector')}</th>
              <th scope="col">{t('editor.table.ring')}</th>
              <th scope="col">{t('editor.table.quality')}</th>
              <th scope="col">{t('editor.table.qualityView')}</th>
              <th scope="col">{t('editor.table.kind')}</th>
              <th scope="col">{t('editor.table.contact')}</th>
              <th scope="col">
                <span className="sr-only">{t('editor.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {persons.map((person) => {
              const saved = savedPerson(person.id);
              const selected = person.id === selectedId;
              return (
                <tr key={person.id} className={selected ? 'map-row-selected' : undefined} data-person-id={person.id}>
                  <th scope="row">
                    {person.name}
                    {selected && <span className="sr-only"> {t('editor.table.selected')}</span>}
                    {!saved && <span className="map-row-new small-text">{t('editor.unsavedPerson')}</span>}
                  </th>
                  <td>{person.relation}</td>
                  <td>
                    {select(person, t('editor.table.sector'), person.sector, NETWORK_SECTORS, (v) => t(`maps.sector.${v}`), (sector) => ({
                      type: 'updatePerson',
                      id: person.id,
                      fields: { sector },
                    }))}
                  </td>
                  <td>
                    {select(person, t('editor.table.ring'), person.placement.ring, NETWORK_RINGS, (v) => t(`maps.ring.${v}`), (ring) => ({
                      type: 'updatePerson',
                      id: person.id,
                      fields: { placement: { ring } },
                    }))}
                  </td>
                  <td>
                    {select(
                      person,
                      t('editor.table.quality'),
                      person.placement.quality,
                      RelationQuality.options,
                      (v) => t(`maps.quality.${v}`),
                      (quality) => ({ type: 'setQuality', id: person.id, quality }),
                    )}
                  </td>
                  <td>
                    {select(
                      person,
                      t('editor.table.qualityView'),
                      person.placement.qualityView,
                      NetworkPerspective.options,
                      (v) => t(`maps.qualityView.${v}`),
                      (qualityView) => ({ type: 'setQuality', id: person.id, quality: person.placement.quality, qualityView }),
                    )}
                  </td>
                  <td>
                    {select(
                      person,
                      t('editor.table.kind'),
                      person.isProfessional ? 'professional' : 'private',
                      ['private', 'professional'] as const,
                      (v) => t(`maps.kind.${v}`),
                      (kind) => ({ type: 'updatePerson', id: person.id, fields: { isProfessional: kind === 'professional' } }),
                    )}
                  </td>
                  <td>{saved ? <ContactCell contact={saved.contact} /> : '–'}</td>
                  <td className="text-nowrap">
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('editor.table.editNamed', { name: person.name })}
                      onClick={() => onEdit(person.id)}
                    >
                      {t('editor.table.edit')}
                    </button>
                    {!readOnly && (
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('editor.table.removeNamed', { name: person.name })}
                        onClick={() => onRemove(person)}
                      >
                        {t('editor.table.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      )}
      {!readOnly && <QuickAdd perspective={perspective} onChange={onChange} onAdded={onAdded} />}
    </>
  );
}

/** "Tilføj i tabellen": name, relation, sector and ring, the rest filled in later in the form. */
function QuickAdd({
  perspective,
  onChange,
  onAdded,
}: {
  perspective: Perspective;
  onChange: (action: DraftAction) => void;
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [sector, setSector] = useState<NetworkSector>('FAMILY');
  const [ring, setRing] = useState<NetworkRing>('MIDDLE');
  const [errors, setErrors] = useState<{ name?: string; relation?: string }>({});
  const ids = { name: `${formId}-name`, relation: `${formId}-relation`, sector: `${formId}-sector`, ring: `${formId}-ring` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(name.trim() ? {} : { name: t('editor.panel.errors.name') }),
      ...(relation.trim() ? {} : { relation: t('editor.panel.errors.relation') }),
    };
    setErrors(next);
    if (next.name) return document.getElementById(ids.name)?.focus();
    if (next.relation) return document.getElementById(ids.relation)?.focus();
    onChange(
      draftActions.addPerson(
        blankPerson({ name, relation, sector, placement: { ring, quality: 'SUPPORTIVE', qualityView: perspective } }),
      ),
    );
    onAdded(name.trim());
    setName('');
    setRelation('');
    document.getElementById(ids.name)?.focus();
  };

  const field = (key: 'name' | 'relation', label: string, value: string, set: (v: string) => void) => (
    <div className={errors[key] ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={ids[key]}>
        {label}
      </label>
      {errors[key] && (
        <span className="form-error-message" id={`${ids[key]}-error`}>
          {errors[key]}
        </span>
      )}
      <input
        id={ids[key]}
        className="form-input"
        value={value}
        maxLength={200}
        autoComplete="off"
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${ids[key]}-error` : undefined}
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );

  return (
    <form className="map-quick-add" noValidate onSubmit={submit} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} className="h4">
        {t('editor.quickAdd.heading')}
      </h3>
      <div className="map-quick-add-fields">
        {field('name', t('editor.quickAdd.name'), name, setName)}
        {field('relation', t('editor.quickAdd.relation'), relation, setRelation)}
        <div className="form-group">
          <label className="form-label" htmlFor={ids.sector}>
            {t('editor.quickAdd.sector')}
          </label>
          <select
            id={ids.sector}
            className="form-select"
            value={sector}
            onChange={(event) => setSector(NETWORK_SECTORS.find((s) => s === event.target.value) ?? 'FAMILY')}
          >
            {NETWORK_SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`maps.sector.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={ids.ring}>
            {t('editor.quickAdd.ring')}
          </label>
          <select
            id={ids.ring}
            className="form-select"
            value={ring}
            onChange={(event) => setRing(NETWORK_RINGS.find((r) => r === event.target.value) ?? 'MIDDLE')}
          >
            {NETWORK_RINGS.map((r) => (
              <option key={r} value={r}>
                {t(`maps.ring.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group map-quick-add-submit">
          <button type="submit" className="button button-secondary">
            {t('editor.quickAdd.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
