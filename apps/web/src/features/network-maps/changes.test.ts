import type { MapChange } from '@inddrag/contracts';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from '../../i18n/da/networkMaps';
import en from '../../i18n/en/networkMaps';
import { changeSentence, clashSentence, showsValues, type Translate } from './changes';

const METTE = '10000000-0000-4000-8000-000000000001';
const INGER = '10000000-0000-4000-8000-000000000002';

function change(kind: MapChange['kind'], rest: Partial<MapChange> = {}): MapChange {
  return { kind, personId: METTE, personName: 'Mette', itemId: null, field: null, from: null, to: null, ...rest };
}

let tDa: Translate;
let tEn: Translate;

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
  tEn = (key, values) => translate(key, { ...values, lng: 'en' });
});

describe('changeSentence', () => {
  it('says who was added and removed', () => {
    expect(changeSentence(change('PERSON_ADDED', { to: 'Mette' }), tDa)).toBe('Mette er tilføjet.');
    expect(changeSentence(change('PERSON_REMOVED', { from: 'Mette' }), tDa)).toBe('Mette er fjernet.');
  });

  it('names rings and sectors as the map does', () => {
    expect(changeSentence(change('RING_CHANGED', { from: 'INNER', to: 'OUTER' }), tDa)).toBe(
      'Mette er flyttet fra ringen "Tæt på" til "Længere væk".',
    );
    expect(changeSentence(change('SECTOR_CHANGED', { from: 'FAMILY', to: 'FRIENDS_LEISURE' }), tDa)).toBe(
      'Mette er flyttet fra sektoren "Familie og slægt" til "Venner og fritid".',
    );
  });

  it('gives the quality with whose view it is', () => {
    expect(changeSentence(change('QUALITY_CHANGED', { from: 'SUPPORTIVE/CHILD', to: 'MIXED/PARENT' }), tDa)).toBe(
      'Relationen til Mette er ændret fra støttende (barnets syn) til blandet – både støttende og belastende (forælderens syn).',
    );
  });

  it('shows the values of a choice but only names a changed text', () => {
    expect(
      changeSentence(change('DETAILS_CHANGED', { field: 'contactFrequency', from: 'DAILY', to: 'WEEKLY' }), tDa),
    ).toBe('Kontakthyppigheden for Mette er ændret fra dagligt til ugentligt.');
    expect(changeSentence(change('DETAILS_CHANGED', { field: 'willingness', from: null, to: 'MAYBE' }), tDa)).toBe(
      'Villigheden for Mette er ændret fra tom til måske.',
    );
    expect(changeSentence(change('DETAILS_CHANGED', { field: 'isProfessional', from: 'false', to: 'true' }), tDa)).toBe(
      'Privat/professionel for Mette er ændret fra privat til professionel.',
    );
    expect(changeSentence(change('DETAILS_CHANGED', { field: 'notes', from: 'a', to: 'b' }), tDa)).toBe(
      'Noterne for Mette er ændret.',
    );
    expect(changeSentence(change('DETAILS_CHANGED', { field: 'somethingNew', from: 'a', to: 'b' }), tDa)).toBe(
      'En oplysning for Mette er ændret.',
    );
  });

  it('describes agreements and lines', () => {
    expect(changeSentence(change('AGREEMENT_ADDED', { to: 'Henter Emma om tirsdagen' }), tDa)).toBe(
      'Ny aftale for Mette: "Henter Emma om tirsdagen".',
    );
    expect(changeSentence(change('AGREEMENT_REMOVED', { from: 'Weekend hver 3. uge' }), tDa)).toBe(
      'Aftalen "Weekend hver 3. uge" for Mette er fjernet.',
    );
    expect(changeSentence(change('AGREEMENT_CHANGED', { field: 'status', from: 'PROPOSED', to: 'AGREED' }), tDa)).toBe(
      'En aftale for Mette har skiftet status fra foreslået til aftalt.',
    );
    expect(changeSentence(change('AGREEMENT_CHANGED', { field: 'who', from: 'a', to: 'b' }), tDa)).toBe(
      'En aftale for Mette er ændret (hvem der gør det).',
    );
    const tie = { personId: null, personName: null };
    expect(changeSentence(change('TIE_ADDED', { ...tie, to: 'Mette – Inger' }), tDa)).toBe(
      'Der er tegnet en linje mellem Mette – Inger.',
    );
    expect(changeSentence(change('TIE_REMOVED', { ...tie, from: 'Mette – Inger' }), tDa)).toBe(
      'Linjen mellem Mette – Inger er fjernet.',
    );
    expect(
      changeSentence(change('TIE_CHANGED', { ...tie, field: 'Mette – Inger', from: 'SUPPORTIVE', to: 'STRESSFUL' }), tDa),
    ).toBe('Linjen mellem Mette – Inger er ændret fra støttende til belastende.');
  });

  it('speaks English too', () => {
    expect(changeSentence(change('RING_CHANGED', { from: 'INNER', to: 'MIDDLE' }), tEn)).toBe(
      'Mette has been moved from the ring "Close" to "Middle".',
    );
  });
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
