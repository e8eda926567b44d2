import { MAP_AGREEMENT_FIELDS, MAP_PERSON_DETAIL_FIELDS, type MapChange } from '@inddrag/contracts';

/**
 * A map change (MapChange from the API's comparison or conflict) as a sentence the caseworker reads:
 * "Mette er flyttet fra ringen "Tæt på" til "Mellem"." Pure: the words come from `t`, which looks a
 * key up in the `networkMaps` messages (e.g. `(key, values) => t(\`networkMaps:${key}\`, values)`).
 */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** Fields whose values are a choice (shown "fra X til Y"); free-text fields are only named. */
const CHOICE_FIELDS: Record<string, string> = {
  sector: 'maps.sector',
  ring: 'maps.ring',
  quality: 'maps.quality',
  qualityView: 'maps.qualityView',
  contactFrequency: 'maps.contactFrequency',
  willingness: 'maps.willingness',
  status: 'maps.agreementStatus',
};
const BOOLEAN_FIELDS = new Set(['isProfessional', 'doNotContact']);
const KNOWN_FIELDS = new Set<string>([
  ...MAP_PERSON_DETAIL_FIELDS,
  ...MAP_AGREEMENT_FIELDS,
  'sector',
  'ring',
  'position',
  'quality',
  'qualityView',
]);

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('da') + text.slice(1);

/** Whether a change's from/to are worth showing (a choice or yes/no, not free text). */
export function showsValues(field: string | null): boolean {
  return field !== null && (field in CHOICE_FIELDS || BOOLEAN_FIELDS.has(field));
}

export function fieldLabel(field: string | null, t: Translate): string {
  return t(`editor.field.${field !== null && KNOWN_FIELDS.has(field) ? field : 'other'}`);
}

/** One side of a change in words: "dagligt", "professionel", "ja", "tom". */
export function valueLabel(field: string | null, value: string | null, t: Translate): string {
  if (value === null || value === '') return t('editor.value.empty');
  if (field === 'isProfessional') return lowerFirst(t(value === 'true' ? 'maps.kind.professional' : 'maps.kind.private'));
  if (field !== null && BOOLEAN_FIELDS.has(field)) return t(value === 'true' ? 'editor.value.yes' : 'editor.value.no');
  const prefix = field === null ? undefined : CHOICE_FIELDS[field];
  if (prefix) return lowerFirst(t(`${prefix}.${value}`));
  return value;
}

const personName = (change: MapChange, t: Translate) => change.personName ?? t('history.changes.unknownPerson');

/**
 * A field both users changed ("I har begge ændret …"). `from` is the other's value, `to` the user's,
 * which won in the rebased map. A removed person is "kept" when the rebased map still has them (the
 * user changed someone the other removed) and "removed" otherwise (the user removed someone the
 * other changed).
 */
export function clashSentence(change: MapChange, t: Translate, rebasedPersonIds: ReadonlySet<string>): string {
  const name = personName(change, t);
  switch (change.kind) {
    case 'DETAILS_CHANGED': {
      const field = fieldLabel(change.field, t);
      if (!showsValues(change.field)) return t('editor.clashes.DETAILS_CHANGED', { name, field });
      return t('editor.clashes.DETAILS_CHANGED_values', {
        name,
        field,
        from: valueLabel(change.field, change.from, t),
        to: valueLabel(change.field, change.to, t),
      });
    }
    case 'AGREEMENT_CHANGED':
      return t('editor.clashes.AGREEMENT_CHANGED', { name, field: fieldLabel(change.field, t) });
    case 'PERSON_REMOVED': {
      const kept = change.personId !== null && rebasedPersonIds.has(change.personId);
      return t(kept ? 'editor.clashes.PERSON_REMOVED_kept' : 'editor.clashes.PERSON_REMOVED_removed', { name });
    }
    default:
      return t('editor.clashes.other', { name });
  }
}
