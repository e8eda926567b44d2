import type { MapChange, NetworkMapDocument } from '@inddrag/contracts';
import { fieldLabel, showsValues, valueLabel, type Translate } from '../changes';

/**
 * The history's change list: each MapChange of a comparison as a short Danish sentence
 * ("Mormor er tilføjet", "Moster Lis er flyttet fra mellemste ring til inderste ring"). Pure: the
 * words come from `t`, which looks a key up in the `networkMaps` messages. Field names and values
 * (choices, yes/no) are worded as the editor words them (../changes.ts); free text is only named,
 * except a person's name and relation, which the map shows anyway.
 */

/** What the change records only by id: an agreement's text and the two ends of a line. */
export interface ChangeContext {
  agreements: ReadonlyMap<string, string>;
  ties: ReadonlyMap<string, readonly [string, string]>;
}

const EMPTY_CONTEXT: ChangeContext = { agreements: new Map(), ties: new Map() };

/** Free-text fields whose values the change list shows (quoted). */
const QUOTED_FIELDS = new Set(['name', 'relation']);

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('da') + text.slice(1);

/**
 * Agreement texts and line ends from the compared documents; the later document's words win (a
 * renamed person is named as they are now, a removed one as they were).
 */
export function changeContext(...documents: readonly NetworkMapDocument[]): ChangeContext {
  const agreements = new Map<string, string>();
  const ties = new Map<string, readonly [string, string]>();
  for (const document of documents) {
    const names = new Map(document.persons.map((person) => [person.id, person.name]));
    for (const person of document.persons) {
      for (const agreement of person.agreements) agreements.set(agreement.id, agreement.what);
    }
    for (const tie of document.ties) {
      const from = names.get(tie.fromId);
      const to = names.get(tie.toId);
      if (from !== undefined && to !== undefined) ties.set(tie.id, [from, to]);
    }
  }
  return { agreements, ties };
}

function ringLabel(value: string | null, t: Translate): string {
  return value === null ? t('editor.value.empty') : t(`history.changes.ring.${value}`);
}

function sectorLabel(value: string | null, t: Translate): string {
  return value === null ? t('editor.value.empty') : t(`maps.sector.${value}`);
}

/**
 * "SUPPORTIVE/CHILD" → "støttende"; whose view it is only when that changed too
 * ("støttende (barnets syn)").
 */
function qualityLabel(value: string | null, withView: boolean, t: Translate): string {
  if (value === null) return t('editor.value.empty');
  const [quality = '', view] = value.split('/');
  const words = valueLabel('quality', quality, t);
  if (!withView || !view) return words;
  return t('editor.value.qualityWithView', { quality: words, view: lowerFirst(t(`maps.qualityView.${view}`)) });
}

const viewOf = (value: string | null) => value?.split('/')[1] ?? null;

function detailValue(field: string | null, value: string | null, t: Translate): string {
  if (field !== null && QUOTED_FIELDS.has(field) && value !== null && value !== '') {
    return t('history.changes.quoted', { value });
  }
  return valueLabel(field, value, t);
}

function shows(field: string | null): boolean {
  return showsValues(field) || (field !== null && QUOTED_FIELDS.has(field));
}

function between(change: MapChange, label: string | null, context: ChangeContext, t: Translate): string {
  const ends = change.itemId === null ? undefined : context.ties.get(change.itemId);
  if (ends) return t('history.changes.between', { a: ends[0], b: ends[1] });
  // The API's own label ("Mor – Far") when the documents do not name the ends.
  return label ?? '';
}

/** One change as one sentence. */
export function changeText(change: MapChange, t: Translate, context: ChangeContext = EMPTY_CONTEXT): string {
  const name = change.personName ?? t('history.changes.unknownPerson');
  const inSentence = change.personName ?? lowerFirst(t('history.changes.unknownPerson'));
  switch (change.kind) {
    case 'PERSON_ADDED':
    case 'PERSON_REMOVED':
      return t(`history.changes.${change.kind}`, { name });
    case 'RING_CHANGED':
      return t('history.changes.RING_CHANGED', {
        name,
        from: ringLabel(change.from, t),
        to: ringLabel(change.to, t),
      });
    case 'SECTOR_CHANGED':
      return t('history.changes.SECTOR_CHANGED', {
        name,
        from: sectorLabel(change.from, t),
        to: sectorLabel(change.to, t),
      });
    case 'QUALITY_CHANGED': {
      const withView = viewOf(change.from) !== viewOf(change.to);
      return t('history.changes.QUALITY_CHANGED', {
        name: inSentence,
        from: qualityLabel(change.from, withView, t),
        to: qualityLabel(change.to, withView, t),
      });
    }
    case 'DETAILS_CHANGED': {
      const field = fieldLabel(change.field, t);
      if (!shows(change.field)) return t('history.changes.DETAILS_CHANGED', { name, field });
      return t('history.changes.DETAILS_CHANGED_values', {
        name,
        field,
        from: detailValue(change.field, change.from, t),
        to: detailValue(change.field, change.to, t),
      });
    }
    case 'AGREEMENT_ADDED':
      return t('history.changes.AGREEMENT_ADDED', { name: inSentence, what: change.to ?? '' });
    case 'AGREEMENT_REMOVED':
      return t('history.changes.AGREEMENT_REMOVED', { name: inSentence, what: change.from ?? '' });
    case 'AGREEMENT_CHANGED': {
      const what = change.itemId === null ? undefined : context.agreements.get(change.itemId);
      const agreement = upperFirst(
        what ? t('history.changes.agreementNamed', { what }) : t('history.changes.agreement'),
      );
      const field = fieldLabel(change.field, t);
      if (!showsValues(change.field)) {
        return t('history.changes.AGREEMENT_CHANGED', { Agreement: agreement, name: inSentence, field });
      }
      return t('history.changes.AGREEMENT_CHANGED_values', {
        Agreement: agreement,
        name: inSentence,
        field,
        from: valueLabel(change.field, change.from, t),
        to: valueLabel(change.field, change.to, t),
      });
    }
    case 'TIE_ADDED':
      return t('history.changes.TIE_ADDED', { between: between(change, change.to, context, t) });
    case 'TIE_REMOVED':
      return t('history.changes.TIE_REMOVED', { between: between(change, change.from, context, t) });
    case 'TIE_CHANGED':
      return t('history.changes.TIE_CHANGED', {
        between: between(change, change.field, context, t),
        from: valueLabel('quality', change.from, t),
        to: valueLabel('quality', change.to, t),
      });
  }
}

/** The change list of a comparison, in the API's order (person by person, then the lines). */
export function comparisonTexts(
  comparison: {
    from: { document: NetworkMapDocument };
    to: { document: NetworkMapDocument };
    changes: readonly MapChange[];
  },
  t: Translate,
): string[] {
  const context = changeContext(comparison.from.document, comparison.to.document);
  return comparison.changes.map((change) => changeText(change, t, context));
}
