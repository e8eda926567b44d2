import type { MapPersonView, MapSaveConflict, NetworkMapDetail } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import {
  draftActions,
  draftIssues,
  draftReducer,
  initialDraft,
  isSavedPerson,
  spreadPosition,
  toDocument,
  type DraftState,
  type NewPerson,
} from './draft';

const MAP_ID = '00000000-0000-4000-8000-000000000001';
const CASE_ID = '00000000-0000-4000-8000-000000000002';
const MOR = '10000000-0000-4000-8000-000000000001';
const MORMOR = '10000000-0000-4000-8000-000000000002';
const LAERER = '10000000-0000-4000-8000-000000000003';
const NEW_ID = '10000000-0000-4000-8000-0000000000aa';
const user = { id: '20000000-0000-4000-8000-000000000001', name: 'Sofie Lund' };
const unit = { id: '30000000-0000-4000-8000-000000000001', name: 'Myndighedscentret', kind: 'MYNDIGHED' };

function personView(id: string, name: string, overrides: Partial<MapPersonView> = {}): MapPersonView {
  return {
    id,
    name,
    relation: 'Mor',
    sector: 'FAMILY',
    isProfessional: false,
    contactFrequency: 'DAILY',
    notes: null,
    doNotContact: false,
    doNotContactReason: null,
    phone: '12345678',
    email: null,
    address: null,
    resources: null,
    contributions: null,
    willingness: null,
    conditions: null,
    supportNeeded: null,
    agreements: [],
    placement: { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'CHILD' },
    version: 3,
    consents: [
      {
        id: '40000000-0000-4000-8000-000000000001',
        personId: id,
        givenBy: 'Mor',
        scope: 'Kontakt',
        givenOn: '2026-01-10',
        withdrawnOn: null,
        withdrawnReason: null,
        recordedBy: user,
        createdAt: '2026-01-10T10:00:00.000Z',
        version: 1,
      },
    ],
    contact: { allowed: true, blocks: [] },
    ...overrides,
  };
}

function detail(version = 2, persons?: MapPersonView[]): NetworkMapDetail {
  return {
    id: MAP_ID,
    caseId: CASE_ID,
    perspective: 'CHILD',
    perspectiveOf: null,
    version,
    personCount: 3,
    updatedAt: '2026-02-01T10:00:00.000Z',
    createdBy: user,
    createdUnit: unit,
    child: { firstName: 'Emma', age: 9 },
    persons: persons ?? [
      personView(MOR, 'Mette'),
      personView(MORMOR, 'Inger', { relation: 'Mormor', placement: { ring: 'MIDDLE', position: 0.3, quality: 'SUPPORTIVE', qualityView: 'CHILD' } }),
      personView(LAERER, 'Lars', { relation: 'Lærer', sector: 'SCHOOL_WORK', isProfessional: true }),
    ],
    ties: [{ id: '50000000-0000-4000-8000-000000000001', fromId: MOR, toId: MORMOR, quality: 'STRESSFUL' }],
    lastSaved: { occasion: 'BFU', author: user, unit, createdAt: '2026-02-01T10:00:00.000Z' },
    can: { edit: true, manageConsent: true, seeContactDetails: true },
  } as NetworkMapDetail;
}

const newPerson = (overrides: Partial<NewPerson> = {}): NewPerson => ({
  name: 'Onkel Bo',
  relation: 'Onkel',
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
  placement: { ring: 'MIDDLE', quality: 'SUPPORTIVE', qualityView: 'CHILD' },
  ...overrides,
});

const person = (state: DraftState, id: string) => state.draft.persons.find((p) => p.id === id);

describe('toDocument', () => {
  it('keeps the persons and ties and drops consents and contact status', () => {
    const doc = toDocument(detail());
    expect(doc.persons).toHaveLength(3);
    expect(doc.ties).toHaveLength(1);
    for (const p of doc.persons) {
      expect(p).not.toHaveProperty('consents');
      expect(p).not.toHaveProperty('contact');
    }
    expect(doc.persons[0]).toMatchObject({ id: MOR, name: 'Mette', phone: '12345678', version: 3 });
  });

  it('copies, so changing the document leaves the detail alone', () => {
    const d = detail();
    const doc = toDocument(d);
    doc.persons[0]!.placement.ring = 'OUTER';
    expect(d.persons[0]!.placement.ring).toBe('INNER');
  });
});

describe('spreadPosition', () => {
  it('puts the first person in the middle and the next ones in the widest gap', () => {
    expect(spreadPosition([])).toBe(0.5);
    expect(spreadPosition([0.5])).toBe(0.25);
    expect(spreadPosition([0.5, 0.25])).toBe(0.75);
    expect(spreadPosition([0.1, 0.9])).toBe(0.5);
  });
});

describe('draftReducer', () => {
  it('starts clean from the detail', () => {
    const state = initialDraft(detail());
    expect(state.dirty).toBe(false);
    expect(state.base.version).toBe(2);
  });

  it('adds a person with version 0 and a free position in the sector and ring', () => {
    const start = initialDraft(detail());
    const state = draftReducer(start, draftActions.addPerson(newPerson(), NEW_ID));
    const added = person(state, NEW_ID);
    expect(state.dirty).toBe(true);
    expect(added).toMatchObject({ name: 'Onkel Bo', version: 0, sector: 'FAMILY' });
    // Inger sits at 0.3 in the family's middle ring: the widest gap is 0.3–1.
    expect(added?.placement).toEqual({ ring: 'MIDDLE', position: 0.65, quality: 'SUPPORTIVE', qualityView: 'CHILD' });
    expect(isSavedPerson(state, NEW_ID)).toBe(false);
    expect(isSavedPerson(state, MOR)).toBe(true);
  });

  it('keeps a given position and ignores a second add with the same id', () => {
    const start = initialDraft(detail());
    const once = draftReducer(
      start,
      draftActions.addPerson(newPerson({ placement: { ring: 'OUTER', position: 0.1, quality: 'MIXED', qualityView: 'PARENT' } }), NEW_ID),
    );
    expect(person(once, NEW_ID)?.placement.position).toBe(0.1);
    expect(draftReducer(once, draftActions.addPerson(newPerson(), NEW_ID))).toBe(once);
  });

  it('gives each action creator a fresh id', () => {
    const a = draftActions.addPerson(newPerson());
    const b = draftActions.addPerson(newPerson());
    expect(a.type === 'addPerson' && b.type === 'addPerson' && a.id !== b.id).toBe(true);
  });

  it('updates fields and placement, and finds a free spot when the ring changes', () => {
    const start = initialDraft(detail());
    const state = draftReducer(start, { type: 'updatePerson', id: MOR, fields: { notes: 'Ringer hver dag', placement: { ring: 'MIDDLE' } } });
    const mor = person(state, MOR);
    expect(mor?.notes).toBe('Ringer hver dag');
    expect(mor?.placement.ring).toBe('MIDDLE');
    expect(mor?.placement.position).toBe(0.65);
    expect(mor?.placement.quality).toBe('SUPPORTIVE');
    expect(state.dirty).toBe(true);
  });

  it('does nothing for an update that changes nothing or names no person', () => {
    const start = initialDraft(detail());
    expect(draftReducer(start, { type: 'updatePerson', id: MOR, fields: { name: 'Mette' } })).toBe(start);
    expect(draftReducer(start, { type: 'updatePerson', id: NEW_ID, fields: { name: 'X' } })).toBe(start);
  });

  it('moves a person to a sector, ring and position', () => {
    const start = initialDraft(detail());
    const state = draftReducer(start, { type: 'movePerson', id: MOR, to: { sector: 'FRIENDS_LEISURE', ring: 'OUTER', position: 1.4 } });
    const mor = person(state, MOR);
    expect(mor?.sector).toBe('FRIENDS_LEISURE');
    expect(mor?.placement).toMatchObject({ ring: 'OUTER', position: 1 });
    expect(draftReducer(state, { type: 'movePerson', id: MOR, to: { sector: 'FRIENDS_LEISURE', ring: 'OUTER', position: 1 } })).toBe(state);
  });

  it('removes a person with their ties', () => {
    const start = initialDraft(detail());
    const state = draftReducer(start, { type: 'removePerson', id: MORMOR });
    expect(person(state, MORMOR)).toBeUndefined();
    expect(state.draft.ties).toEqual([]);
    expect(state.dirty).toBe(true);
  });

  it('sets the quality and whose view it is', () => {
    const start = initialDraft(detail());
    const state = draftReducer(start, { type: 'setQuality', id: LAERER, quality: 'MIXED', qualityView: 'PROFESSIONAL' });
    expect(person(state, LAERER)?.placement).toMatchObject({ quality: 'MIXED', qualityView: 'PROFESSIONAL' });
    const again = draftReducer(state, { type: 'setQuality', id: LAERER, quality: 'MIXED' });
    expect(again).toBe(state);
  });

  it('adds a tie between two persons once, never to oneself or to someone missing, and removes it', () => {
    const start = initialDraft(detail());
    const tie = draftActions.addTie(MOR, LAERER, 'TENUOUS', '50000000-0000-4000-8000-000000000002');
    const state = draftReducer(start, tie);
    expect(state.draft.ties).toHaveLength(2);
    expect(draftReducer(state, draftActions.addTie(LAERER, MOR, 'SUPPORTIVE'))).toBe(state);
    expect(draftReducer(state, draftActions.addTie(MOR, MOR, 'SUPPORTIVE'))).toBe(state);
    expect(draftReducer(state, draftActions.addTie(MOR, NEW_ID, 'SUPPORTIVE'))).toBe(state);
    const removed = draftReducer(state, { type: 'removeTie', id: '50000000-0000-4000-8000-000000000002' });
    expect(removed.draft.ties).toHaveLength(1);
  });

  it('adds, changes and removes an agreement', () => {
    const start = initialDraft(detail());
    const agreementId = '60000000-0000-4000-8000-000000000001';
    const added = draftReducer(
      start,
      draftActions.addAgreement(
        MORMOR,
        {
          what: 'Henter Emma tirsdag og torsdag',
          who: 'Inger',
          startsOn: '2026-03-01',
          endsOn: null,
          status: 'PROPOSED',
          meetingDecisionId: null,
          safetyPlanRuleId: null,
          actionPlanTaskId: null,
        },
        agreementId,
      ),
    );
    expect(person(added, MORMOR)?.agreements).toHaveLength(1);
    const agreed = draftReducer(added, { type: 'updateAgreement', personId: MORMOR, agreementId, fields: { status: 'AGREED' } });
    expect(person(agreed, MORMOR)?.agreements[0]).toMatchObject({ id: agreementId, status: 'AGREED' });
    expect(draftReducer(agreed, { type: 'updateAgreement', personId: MORMOR, agreementId, fields: { status: 'AGREED' } })).toBe(agreed);
    const removed = draftReducer(agreed, { type: 'removeAgreement', personId: MORMOR, agreementId });
    expect(person(removed, MORMOR)?.agreements).toEqual([]);
    expect(draftReducer(removed, { type: 'removeAgreement', personId: MORMOR, agreementId })).toBe(removed);
  });

  it('resets to a detail, dropping the draft', () => {
    const changed = draftReducer(initialDraft(detail()), { type: 'removePerson', id: MOR });
    const state = draftReducer(changed, { type: 'reset', detail: detail(3) });
    expect(state.dirty).toBe(false);
    expect(state.base.version).toBe(3);
    expect(state.draft.persons).toHaveLength(3);
  });

  it('rebases onto the current map: the rebased document becomes the draft, the current map the base', () => {
    const mine = draftReducer(initialDraft(detail()), { type: 'removePerson', id: LAERER });
    const current = detail(4);
    const rebased = toDocument(current);
    rebased.persons = rebased.persons.filter((p) => p.id !== LAERER);
    const conflict: MapSaveConflict['conflict'] = { current, theirChanges: [], rebased, clashes: [] };
    const state = draftReducer(mine, { type: 'rebase', conflict });
    expect(state.base.version).toBe(4);
    expect(state.draft).toBe(rebased);
    expect(state.dirty).toBe(true);
  });
});

describe('draftIssues', () => {
  it('passes a valid draft and names the person of a problem', () => {
    const state = initialDraft(detail());
    expect(draftIssues(state.draft)).toEqual([]);
    const broken = draftReducer(state, { type: 'updatePerson', id: MOR, fields: { doNotContact: true } });
    expect(draftIssues(broken.draft)).toEqual([
      { personId: MOR, personName: 'Mette', message: 'Skriv hvorfor personen ikke må kontaktes' },
    ]);
  });
});
