import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapPerson, NetworkMapDocument } from '@inddrag/contracts';
import { diffDocuments, documentCounts, rebaseDocument, withoutContactDetails } from './document';

const basePerson = (id: string, name: string, over: Partial<MapPerson> = {}): MapPerson => ({
  id,
  name,
  relation: 'mormor',
  sector: 'FAMILY',
  isProfessional: false,
  contactFrequency: null,
  notes: null,
  doNotContact: false,
  doNotContactReason: null,
  phone: '11223344',
  email: null,
  address: null,
  resources: null,
  contributions: null,
  willingness: null,
  conditions: null,
  supportNeeded: null,
  agreements: [],
  placement: { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' },
  version: 1,
  ...over,
});

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const doc = (...persons: MapPerson[]): NetworkMapDocument => ({ persons, ties: [] });

const rings = ['INNER', 'MIDDLE', 'OUTER'] as const;
const arbitraryDocument = fc
  .array(fc.record({ ring: fc.constantFrom(...rings), notes: fc.option(fc.string({ maxLength: 5 }), { nil: null }) }), { maxLength: 6 })
  .map((rows) => doc(...rows.map((row, i) => basePerson(ID(i), `P${i}`, { notes: row.notes, placement: { ring: row.ring, position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' } }))));

describe('diffDocuments', () => {
  it('finds no change between a document and itself', () => {
    fc.assert(fc.property(arbitraryDocument, (d) => diffDocuments(d, d).length === 0));
  });

  it('does not report a move within the same sector and ring', () => {
    const a = doc(basePerson(ID(1), 'Mormor'));
    const b = doc(basePerson(ID(1), 'Mormor', { placement: { ring: 'INNER', position: 0.9, quality: 'SUPPORTIVE', qualityView: 'CHILD' } }));
    expect(diffDocuments(a, b)).toEqual([]);
  });

  it('reports agreements added, changed and removed', () => {
    const agreement = { id: ID(9), what: 'Henter i skole', who: 'Mormor', startsOn: null, endsOn: null, status: 'PROPOSED' as const, meetingDecisionId: null, safetyPlanRuleId: null, actionPlanTaskId: null };
    const a = doc(basePerson(ID(1), 'Mormor', { agreements: [agreement] }));
    const b = doc(basePerson(ID(1), 'Mormor', { agreements: [{ ...agreement, status: 'FULFILLED' }, { ...agreement, id: ID(10), what: 'Aflastning' }] }));
    expect(diffDocuments(a, b).map((c) => [c.kind, c.field, c.from, c.to])).toEqual([
      ['AGREEMENT_CHANGED', 'status', 'PROPOSED', 'FULFILLED'],
      ['AGREEMENT_ADDED', null, null, 'Aflastning'],
    ]);
    expect(diffDocuments(b, a).map((c) => c.kind)).toEqual(['AGREEMENT_CHANGED', 'AGREEMENT_REMOVED']);
  });
});

describe('rebaseDocument', () => {
  it('with nobody else saving, gives the user’s own document', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (base, mine) => {
        const { rebased, clashes } = rebaseDocument(base, mine, base);
        expect(clashes).toEqual([]);
        expect(diffDocuments(mine, rebased)).toEqual([]);
      }),
    );
  });

  it('with no change by the user, gives the current document', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (base, current) => {
        const { rebased, clashes } = rebaseDocument(base, base, current);
        expect(clashes).toEqual([]);
        expect(diffDocuments(current, rebased)).toEqual([]);
      }),
    );
  });

  it('keeps both sides’ changes to different fields and persons', () => {
    const base = doc(basePerson(ID(1), 'Mor'), basePerson(ID(2), 'Far'));
    const mine = doc(basePerson(ID(1), 'Mor', { notes: 'ny note' }), basePerson(ID(2), 'Far'), basePerson(ID(3), 'Moster', { version: 0 }));
    const current = doc(basePerson(ID(1), 'Mor', { relation: 'mor', version: 2 }), basePerson(ID(2), 'Far', { placement: { ring: 'OUTER', position: 0.5, quality: 'STRESSFUL', qualityView: 'CHILD' }, version: 2 }));
    const { rebased, clashes } = rebaseDocument(base, mine, current);
    expect(clashes).toEqual([]);
    expect(rebased.persons.map((p) => [p.name, p.relation, p.notes, p.placement.ring, p.version])).toEqual([
      ['Mor', 'mor', 'ny note', 'INNER', 2],
      ['Far', 'mormor', null, 'OUTER', 2],
      ['Moster', 'mormor', null, 'INNER', 0],
    ]);
  });

  it('brings back a person the user changed but the other save removed, and says so', () => {
    const base = doc(basePerson(ID(1), 'Mor'));
    const mine = doc(basePerson(ID(1), 'Mor', { notes: 'vigtig' }));
    const { rebased, clashes } = rebaseDocument(base, mine, doc());
    expect(rebased.persons.map((p) => p.notes)).toEqual(['vigtig']);
    expect(clashes.map((c) => c.kind)).toEqual(['PERSON_REMOVED']);
  });

  it('drops lines whose persons are gone', () => {
    const a = basePerson(ID(1), 'A');
    const b = basePerson(ID(2), 'B');
    const base: NetworkMapDocument = { persons: [a, b], ties: [] };
    const mine: NetworkMapDocument = { persons: [a, b], ties: [{ id: ID(5), fromId: a.id, toId: b.id, quality: 'SUPPORTIVE' }] };
    const { rebased } = rebaseDocument(base, mine, { persons: [a], ties: [] });
    expect(rebased.ties).toEqual([]);
  });
});

it('blanks contact details and counts persons, private persons and agreements', () => {
  const d = doc(basePerson(ID(1), 'Mor'), basePerson(ID(2), 'Lærer', { isProfessional: true }));
  expect(withoutContactDetails(d).persons.map((p) => p.phone)).toEqual([null, null]);
  expect(documentCounts(d)).toEqual({ personCount: 2, privateCount: 1, agreementCount: 0 });
});
