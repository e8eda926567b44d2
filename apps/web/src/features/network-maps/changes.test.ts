import type { MapChange } from '@inddrag/contracts';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from '../../i18n/da/networkMaps';
import en from '../../i18n/en/networkMaps';
import { clashSentence, showsValues, type Translate } from './changes';

const METTE = '10000000-0000-4000-8000-000000000001';
const INGER = '10000000-0000-4000-8000-000000000002';

function change(kind: MapChange['kind'], rest: Partial<MapChange> = {}): MapChange {
  return { kind, personId: METTE, personName: 'Mette', itemId: null, field: null, from: null, to: null, ...rest };
}

let tDa: Translate;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({
    lng: 'da',
    resources: { da: { networkMaps: da }, en: { networkMaps: en } },
    ns: ['networkMaps'],
    defaultNS: 'networkMaps',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  // Keys are checked by the typed messages in the app; here any key goes.
  const translate = i18n.t as unknown as (key: string, options: Record<string, string>) => string;
  tDa = (key, values) => translate(key, { ...values, lng: 'da' });
});

describe('clashSentence', () => {
  const rebased = new Set([METTE]);

  it('names the field both changed, with both values for a choice', () => {
    expect(clashSentence(change('DETAILS_CHANGED', { field: 'ring', from: 'OUTER', to: 'MIDDLE' }), tDa, rebased)).toBe(
      'I har begge ændret ringen for Mette: den anden valgte længere væk, du valgte mellem. Dit valg er lagt ind.',
    );
    expect(clashSentence(change('DETAILS_CHANGED', { field: 'notes', from: 'x', to: 'y' }), tDa, rebased)).toBe(
      'I har begge ændret noterne for Mette. Dit valg er lagt ind i stedet for den andens.',
    );
    expect(clashSentence(change('AGREEMENT_CHANGED', { field: 'what' }), tDa, rebased)).toBe(
      'I har begge ændret hvad der er aftalt i en aftale for Mette. Din ændring er lagt ind.',
    );
  });

  it('tells a kept person from a removed one', () => {
    expect(clashSentence(change('PERSON_REMOVED'), tDa, rebased)).toBe(
      'Den anden har fjernet Mette, som du har ændret. Personen er beholdt med dine ændringer.',
    );
    expect(clashSentence(change('PERSON_REMOVED', { personId: INGER, personName: 'Inger' }), tDa, rebased)).toBe(
      'Du har fjernet Inger, som den anden har ændret. Personen er fjernet.',
    );
  });
});

describe('showsValues', () => {
  it('shows choices and yes/no, not free text or the position', () => {
    expect(showsValues('ring')).toBe(true);
    expect(showsValues('doNotContact')).toBe(true);
    expect(showsValues('notes')).toBe(false);
    expect(showsValues('position')).toBe(false);
    expect(showsValues(null)).toBe(false);
  });
});
