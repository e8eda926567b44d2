import { MapChangeKind, type MapChange, type MapPerson, type NetworkMapDocument } from '@inddrag/contracts';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from '../../../i18n/da/networkMaps';
import en from '../../../i18n/en/networkMaps';
import type { Translate } from '../changes';
import { changeContext, changeText, comparisonTexts } from './changeText';

const LIS = '10000000-0000-4000-8000-000000000001';
const MORMOR = '10000000-0000-4000-8000-000000000002';
const MOR = '10000000-0000-4000-8000-000000000003';
const AGREEMENT = '20000000-0000-4000-8000-000000000001';
const TIE = '30000000-0000-4000-8000-000000000001';

function change(kind: MapChange['kind'], rest: Partial<MapChange> = {}): MapChange {
  return { kind, personId: LIS, personName: 'Moster Lis', itemId: null, field: null, from: null, to: null, ...rest };
}

function person(id: string, name: string, rest: Partial<MapPerson> = {}): MapPerson {
  return {
    id,
    name,
    relation: 'familie',
    sector: 'FAMILY',
    isProfessional: false,
    contactFrequency: null,
    notes: null,
    doNotContact: false,
    doNotContactReason: null,
    phone: null,
    email: null,
    address: null,
    resources: null,
    contributions: null,
    willingness: null,
    conditions: null,
    supportNeeded: null,
    agreements: [],
    placement: { ring: 'MIDDLE', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' },
    version: 1,
    ...rest,
  };
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

describe('changeText', () => {
  it('says who was added and who was removed', () => {
    expect(changeText(change('PERSON_ADDED', { personName: 'Mormor', to: 'Mormor' }), tDa)).toBe('Mormor er tilføjet');
    expect(changeText(change('PERSON_REMOVED', { personName: 'Naboen', from: 'Naboen' }), tDa)).toBe(
      'Naboen er fjernet',
    );
  });

  it('names the rings a person moved between', () => {
    expect(changeText(change('RING_CHANGED', { from: 'MIDDLE', to: 'INNER' }), tDa)).toBe(
      'Moster Lis er flyttet fra mellemste ring til inderste ring',
    );
    expect(changeText(change('RING_CHANGED', { from: 'INNER', to: 'OUTER' }), tEn)).toBe(
      'Moster Lis was moved from the inner ring to the outer ring',
    );
  });

  it('names the sectors as the map does', () => {
    expect(changeText(change('SECTOR_CHANGED', { from: 'FAMILY', to: 'FRIENDS_LEISURE' }), tDa)).toBe(
      `Moster Lis er flyttet fra ${da.maps.sector.FAMILY} til ${da.maps.sector.FRIENDS_LEISURE}`,
    );
  });

  it('gives the relation quality, and whose view only when the view changed', () => {
    expect(changeText(change('QUALITY_CHANGED', { from: 'SUPPORTIVE/CHILD', to: 'MIXED/CHILD' }), tDa)).toBe(
      `Relationen til Moster Lis er ændret fra støttende til ${da.maps.quality.MIXED.toLocaleLowerCase('da')}`,
    );
    expect(changeText(change('QUALITY_CHANGED', { from: 'STRESSFUL/PARENT', to: 'STRESSFUL/CHILD' }), tDa)).toBe(
      'Relationen til Moster Lis er ændret fra belastende (forælderens syn) til belastende (barnets syn)',
    );
  });

  it('only names a changed free text, but shows choices and a new name', () => {
    expect(
      changeText(change('DETAILS_CHANGED', { personName: 'Mor', field: 'contributions', from: 'a', to: 'b' }), tDa),
    ).toBe('Mor: bidraget er ændret');
    expect(changeText(change('DETAILS_CHANGED', { field: 'notes', from: 'hemmeligt', to: 'mere' }), tDa)).not.toMatch(
      /hemmeligt|mere/,
    );
    expect(changeText(change('DETAILS_CHANGED', { field: 'contactFrequency', from: 'DAILY', to: 'WEEKLY' }), tDa)).toBe(
      'Moster Lis: kontakthyppigheden er ændret fra dagligt til ugentligt',
    );
    expect(changeText(change('DETAILS_CHANGED', { field: 'name', from: 'Moster', to: 'Moster Lis' }), tDa)).toBe(
      'Moster Lis: navnet er ændret fra "Moster" til "Moster Lis"',
    );
    expect(changeText(change('DETAILS_CHANGED', { field: 'phone', from: '12345678', to: '87654321' }), tDa)).toBe(
      'Moster Lis: telefonnummeret er ændret',
    );
  });

  it('tells of agreements added, removed and changed, naming the agreement when the versions know it', () => {
    expect(
      changeText(
        change('AGREEMENT_ADDED', { personName: 'Mormor', itemId: AGREEMENT, to: 'Henter Emma om tirsdagen' }),
        tDa,
      ),
    ).toBe('Aftale tilføjet for Mormor: Henter Emma om tirsdagen');
    expect(changeText(change('AGREEMENT_REMOVED', { itemId: AGREEMENT, from: 'Lektiehjælp' }), tDa)).toBe(
      'Aftale fjernet for Moster Lis: Lektiehjælp',
    );
    const context = changeContext({
      persons: [
        person(MORMOR, 'Mormor', {
          agreements: [
            {
              id: AGREEMENT,
              what: 'Henter Emma om tirsdagen',
              who: 'Mormor',
              startsOn: null,
              endsOn: null,
              status: 'FULFILLED',
              meetingDecisionId: null,
              safetyPlanRuleId: null,
              actionPlanTaskId: null,
            },
          ],
        }),
      ],
      ties: [],
    });
    expect(
      changeText(
        change('AGREEMENT_CHANGED', {
          personName: 'Mormor',
          itemId: AGREEMENT,
          field: 'status',
          from: 'AGREED',
          to: 'FULFILLED',
        }),
        tDa,
        context,
      ),
    ).toBe('Aftalen "Henter Emma om tirsdagen" for Mormor: status er ændret fra aftalt til overholdt');
    expect(
      changeText(change('AGREEMENT_CHANGED', { personName: 'Mormor', itemId: AGREEMENT, field: 'who' }), tDa),
    ).toBe('En aftale for Mormor: hvem der gør det er ændret');
  });

  it('names both ends of a line from the versions, or falls back to the API’s label', () => {
    const document: NetworkMapDocument = {
      persons: [person(MOR, 'Mor'), person(MORMOR, 'Mormor')],
      ties: [{ id: TIE, fromId: MOR, toId: MORMOR, quality: 'STRESSFUL' }],
    };
    const context = changeContext(document);
    const tie = { personId: null, personName: null, itemId: TIE };
    expect(changeText(change('TIE_ADDED', { ...tie, to: 'Mor – Mormor' }), tDa, context)).toBe(
      'Linje tilføjet mellem Mor og Mormor',
    );
    expect(changeText(change('TIE_REMOVED', { ...tie, from: 'Mor – Mormor' }), tDa)).toBe(
      'Linjen mellem Mor – Mormor er fjernet',
    );
    expect(
      changeText(
        change('TIE_CHANGED', { ...tie, field: 'Mor – Mormor', from: 'SUPPORTIVE', to: 'STRESSFUL' }),
        tDa,
        context,
      ),
    ).toBe('Linjen mellem Mor og Mormor er ændret fra støttende til belastende');
  });

  it('has words for every kind of change in both languages', () => {
    const sample: Partial<Record<MapChange['kind'], Partial<MapChange>>> = {
      RING_CHANGED: { from: 'INNER', to: 'OUTER' },
      SECTOR_CHANGED: { from: 'FAMILY', to: 'PROFESSIONAL' },
      QUALITY_CHANGED: { from: 'SUPPORTIVE/CHILD', to: 'MIXED/PARENT' },
      DETAILS_CHANGED: { field: 'willingness', from: 'YES', to: 'NO' },
      AGREEMENT_CHANGED: { field: 'status', from: 'PROPOSED', to: 'AGREED' },
      TIE_CHANGED: { field: 'Mor – Far', from: 'SUPPORTIVE', to: 'TENUOUS' },
    };
    for (const kind of MapChangeKind.options) {
      for (const t of [tDa, tEn]) {
        const text = changeText(change(kind, { from: 'x', to: 'y', ...sample[kind] }), t);
        expect(text).not.toMatch(/history\.|editor\.|maps\.|\{\{/);
      }
    }
  });

  it('speaks of an unnamed person in words', () => {
    expect(changeText(change('PERSON_ADDED', { personName: null }), tDa)).toBe('En person er tilføjet');
    expect(
      changeText(change('QUALITY_CHANGED', { personName: null, from: 'SUPPORTIVE/CHILD', to: 'TENUOUS/CHILD' }), tDa),
    ).toBe('Relationen til en person er ændret fra støttende til skrøbelig');
  });
});

describe('comparisonTexts', () => {
  it('words every change of a comparison with the names the versions hold', () => {
    const from: NetworkMapDocument = { persons: [person(LIS, 'Moster Lis'), person(MOR, 'Mor')], ties: [] };
    const to: NetworkMapDocument = {
      persons: [
        person(LIS, 'Moster Lis', {
          placement: { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' },
        }),
        person(MOR, 'Mor'),
        person(MORMOR, 'Mormor'),
      ],
      ties: [{ id: TIE, fromId: MOR, toId: MORMOR, quality: 'SUPPORTIVE' }],
    };
    const texts = comparisonTexts(
      {
        from: { document: from },
        to: { document: to },
        changes: [
          change('RING_CHANGED', { from: 'MIDDLE', to: 'INNER' }),
          change('PERSON_ADDED', { personId: MORMOR, personName: 'Mormor', to: 'Mormor' }),
          change('TIE_ADDED', { personId: null, personName: null, itemId: TIE, to: 'Mor – Mormor' }),
        ],
      },
      tDa,
    );
    expect(texts).toEqual([
      'Moster Lis er flyttet fra mellemste ring til inderste ring',
      'Mormor er tilføjet',
      'Linje tilføjet mellem Mor og Mormor',
    ]);
  });
});
