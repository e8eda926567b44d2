import {
  NetworkMapDocument,
  type MapPerson,
  type MapPersonView,
  type MapPlacement,
  type MapSaveConflict,
  type MapTie,
  type NetworkAgreement,
  type NetworkMapDetail,
  type NetworkRing,
  type NetworkSector,
  type RelationQuality,
  type NetworkPerspective,
} from '@inddrag/contracts';

/**
 * The editor's working copy of a map. `base` is the version the user started from (its number is the
 * save's `baseVersion`), `draft` the document as the user has changed it, `dirty` whether anything
 * changed since `base`. Pure: ids for new persons, ties and agreements come in with the action.
 */
export interface DraftState {
  base: NetworkMapDetail;
  draft: NetworkMapDocument;
  dirty: boolean;
}

/** A person's fields apart from the id, the version and the place on the map. */
export type PersonFields = Omit<MapPerson, 'id' | 'version' | 'placement'>;

export type PlacementInput = Omit<MapPlacement, 'position'> & { position?: number | undefined };

export interface NewPerson extends PersonFields {
  placement: PlacementInput;
}

export type PersonUpdate = Partial<PersonFields> & { placement?: Partial<MapPlacement> };

export interface MoveTarget {
  sector: NetworkSector;
  ring: NetworkRing;
  position: number;
}

export type DraftAction =
  | { type: 'addPerson'; id: string; person: NewPerson }
  | { type: 'updatePerson'; id: string; fields: PersonUpdate }
  | { type: 'movePerson'; id: string; to: MoveTarget }
  | { type: 'removePerson'; id: string }
  | { type: 'setQuality'; id: string; quality: RelationQuality; qualityView?: NetworkPerspective }
  | { type: 'addTie'; tie: MapTie }
  | { type: 'removeTie'; id: string }
  | { type: 'addAgreement'; personId: string; agreement: NetworkAgreement }
  | { type: 'updateAgreement'; personId: string; agreementId: string; fields: Partial<Omit<NetworkAgreement, 'id'>> }
  | { type: 'removeAgreement'; personId: string; agreementId: string }
  | { type: 'reset'; detail: NetworkMapDetail }
  | { type: 'rebase'; conflict: MapSaveConflict['conflict'] };

/** A map person as a document holds them: the reader's extras (consents, contact status) left out. */
/** A new person with only the facts the quick forms ask for; everything else empty. */
export function blankPerson(facts: {
  name: string;
  relation: string;
  sector: NetworkSector;
  placement: PlacementInput;
}): NewPerson {
  return {
    name: facts.name.trim(),
    relation: facts.relation.trim(),
    sector: facts.sector,
    isProfessional: facts.sector === 'PROFESSIONAL',
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
    placement: facts.placement,
  };
}

export function toMapPerson(person: MapPersonView | MapPerson): MapPerson {
  return {
    id: person.id,
    name: person.name,
    relation: person.relation,
    sector: person.sector,
    isProfessional: person.isProfessional,
    contactFrequency: person.contactFrequency,
    notes: person.notes,
    doNotContact: person.doNotContact,
    doNotContactReason: person.doNotContactReason,
    phone: person.phone,
    email: person.email,
    address: person.address,
    resources: person.resources,
    contributions: person.contributions,
    willingness: person.willingness,
    conditions: person.conditions,
    supportNeeded: person.supportNeeded,
    agreements: person.agreements.map((agreement) => ({ ...agreement })),
    placement: { ...person.placement },
    version: person.version,
  };
}

/** The map as a save sends it: persons without consents and contact status, and the ties. */
export function toDocument(detail: Pick<NetworkMapDetail, 'persons' | 'ties'>): NetworkMapDocument {
  return {
    persons: detail.persons.map(toMapPerson),
    ties: detail.ties.map((tie) => ({ ...tie })),
  };
}

export function initialDraft(detail: NetworkMapDetail): DraftState {
  return { base: detail, draft: toDocument(detail), dirty: false };
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Where a new person goes in a sector's ring: the middle of the widest free stretch between the
 * persons already there (the sector's edges count as ends), so persons added one after another
 * spread out instead of landing on top of each other. 0.5 in an empty ring.
 */
export function spreadPosition(taken: readonly number[]): number {
  const points = [0, ...[...taken].map(clamp01).sort((a, b) => a - b), 1];
  let best = 0.5;
  let widest = -1;
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 1;
    if (to - from > widest + 1e-9) {
      widest = to - from;
      best = (from + to) / 2;
    }
  }
  return Math.round(best * 1000) / 1000;
}

function positionFor(persons: readonly MapPerson[], sector: NetworkSector, ring: NetworkRing, except?: string): number {
  return spreadPosition(
    persons
      .filter((p) => p.id !== except && p.sector === sector && p.placement.ring === ring)
      .map((p) => p.placement.position),
  );
}

function changePerson(state: DraftState, id: string, change: (person: MapPerson) => MapPerson): DraftState {
  let changed = false;
  const persons = state.draft.persons.map((person) => {
    if (person.id !== id) return person;
    const next = change(person);
    if (next !== person) changed = true;
    return next;
  });
  return changed ? { ...state, draft: { ...state.draft, persons }, dirty: true } : state;
}

function changeAgreements(
  state: DraftState,
  personId: string,
  change: (agreements: NetworkAgreement[]) => NetworkAgreement[] | null,
): DraftState {
  return changePerson(state, personId, (person) => {
    const agreements = change(person.agreements);
    return agreements ? { ...person, agreements } : person;
  });
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'addPerson': {
      if (state.draft.persons.some((p) => p.id === action.id)) return state;
      const { placement, ...fields } = action.person;
      const position =
        placement.position ?? positionFor(state.draft.persons, fields.sector, placement.ring);
      const person: MapPerson = {
        ...fields,
        id: action.id,
        version: 0,
        placement: { ...placement, position: clamp01(position) },
      };
      return { ...state, draft: { ...state.draft, persons: [...state.draft.persons, person] }, dirty: true };
    }

    case 'updatePerson':
      return changePerson(state, action.id, (person) => {
        const { placement, ...fields } = action.fields;
        const next: MapPerson = { ...person, ...fields, placement: { ...person.placement, ...placement } };
        // A new sector or ring without a position: find the person a free spot there.
        const moved = next.sector !== person.sector || next.placement.ring !== person.placement.ring;
        if (moved && placement?.position === undefined) {
          next.placement.position = positionFor(state.draft.persons, next.sector, next.placement.ring, person.id);
        }
        return samePerson(person, next) ? person : next;
      });

    case 'movePerson':
      return changePerson(state, action.id, (person) => {
        const position = clamp01(action.to.position);
        if (
          person.sector === action.to.sector &&
          person.placement.ring === action.to.ring &&
          person.placement.position === position
        ) {
          return person;
        }
        return { ...person, sector: action.to.sector, placement: { ...person.placement, ring: action.to.ring, position } };
      });

    case 'removePerson': {
      if (!state.draft.persons.some((p) => p.id === action.id)) return state;
      return {
        ...state,
        draft: {
          persons: state.draft.persons.filter((p) => p.id !== action.id),
          ties: state.draft.ties.filter((tie) => tie.fromId !== action.id && tie.toId !== action.id),
        },
        dirty: true,
      };
    }

    case 'setQuality':
      return changePerson(state, action.id, (person) => {
        const qualityView = action.qualityView ?? person.placement.qualityView;
        if (person.placement.quality === action.quality && person.placement.qualityView === qualityView) return person;
        return { ...person, placement: { ...person.placement, quality: action.quality, qualityView } };
      });

    case 'addTie': {
      const { tie } = action;
      const ids = new Set(state.draft.persons.map((p) => p.id));
      const between = (t: MapTie) =>
        (t.fromId === tie.fromId && t.toId === tie.toId) || (t.fromId === tie.toId && t.toId === tie.fromId);
      if (
        tie.fromId === tie.toId ||
        !ids.has(tie.fromId) ||
        !ids.has(tie.toId) ||
        state.draft.ties.some((t) => t.id === tie.id || between(t))
      ) {
        return state;
      }
      return { ...state, draft: { ...state.draft, ties: [...state.draft.ties, { ...tie }] }, dirty: true };
    }

    case 'removeTie': {
      if (!state.draft.ties.some((t) => t.id === action.id)) return state;
      return { ...state, draft: { ...state.draft, ties: state.draft.ties.filter((t) => t.id !== action.id) }, dirty: true };
    }

    case 'addAgreement':
      return changeAgreements(state, action.personId, (agreements) =>
        agreements.some((a) => a.id === action.agreement.id) ? null : [...agreements, { ...action.agreement }],
      );

    case 'updateAgreement':
      return changeAgreements(state, action.personId, (agreements) => {
        const index = agreements.findIndex((a) => a.id === action.agreementId);
        const current = agreements[index];
        if (!current) return null;
        const next = { ...current, ...action.fields, id: current.id };
        if (JSON.stringify(next) === JSON.stringify(current)) return null;
        return agreements.map((a, i) => (i === index ? next : a));
      });

    case 'removeAgreement':
      return changeAgreements(state, action.personId, (agreements) =>
        agreements.some((a) => a.id === action.agreementId)
          ? agreements.filter((a) => a.id !== action.agreementId)
          : null,
      );

    case 'reset':
      return initialDraft(action.detail);

    case 'rebase':
      // The user's changes laid onto the current map: to review and save again, from the current version.
      return { base: action.conflict.current, draft: action.conflict.rebased, dirty: true };
  }
}

function samePerson(a: MapPerson, b: MapPerson): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// --- Action creators: the impure part (new ids) stays out of the reducer ---------------------------

export const draftActions = {
  addPerson: (person: NewPerson, id: string = crypto.randomUUID()): DraftAction => ({ type: 'addPerson', id, person }),
  addTie: (fromId: string, toId: string, quality: RelationQuality, id: string = crypto.randomUUID()): DraftAction => ({
    type: 'addTie',
    tie: { id, fromId, toId, quality },
  }),
  addAgreement: (
    personId: string,
    agreement: Omit<NetworkAgreement, 'id'>,
    id: string = crypto.randomUUID(),
  ): DraftAction => ({ type: 'addAgreement', personId, agreement: { ...agreement, id } }),
};

/** Whether a person is new in this draft (not yet saved): consents need a saved person. */
export function isSavedPerson(state: DraftState, personId: string): boolean {
  return state.base.persons.some((p) => p.id === personId);
}

/** A problem in the draft that stops a save: which person, and the contract's message. */
export interface DraftIssue {
  personId: string | null;
  personName: string | null;
  message: string;
}

/** The draft checked against the contract before it is sent; [] when it may be saved. */
export function draftIssues(document: NetworkMapDocument): DraftIssue[] {
  const result = NetworkMapDocument.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [collection, index] = issue.path;
    const person =
      collection === 'persons' && typeof index === 'number' ? (document.persons[index] ?? null) : null;
    return { personId: person?.id ?? null, personName: person?.name ?? null, message: issue.message };
  });
}
