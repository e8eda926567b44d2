/**
 * The map document's pure arithmetic: what changed between two versions (the history's comparison and
 * the conflict message), and laying one user's changes onto a map someone else saved meanwhile
 * (the "re-apply my changes" of a 409). No database here; network-maps.test and document.test prove it.
 */
import {
  MAP_AGREEMENT_FIELDS,
  MAP_PERSON_DETAIL_FIELDS,
  type MapChange,
  type MapChangeKind,
  type MapPerson,
  type MapTie,
  type NetworkAgreement,
  type NetworkMapDocument,
} from '@inddrag/contracts';

type Scalar = string | number | boolean | null;

/** Every field a merge looks at, flattened: the person's own, then the placement's. */
type PersonField = (typeof MAP_PERSON_DETAIL_FIELDS)[number] | 'sector' | 'ring' | 'position' | 'quality' | 'qualityView';
const PERSON_FIELDS: readonly PersonField[] = [...MAP_PERSON_DETAIL_FIELDS, 'sector', 'ring', 'position', 'quality', 'qualityView'];

function personValue(person: MapPerson, field: PersonField): Scalar {
  switch (field) {
    case 'ring':
    case 'position':
    case 'quality':
    case 'qualityView':
      return person.placement[field];
    default:
      return person[field];
  }
}

function withPersonValue(person: MapPerson, field: PersonField, value: Scalar): MapPerson {
  switch (field) {
    case 'ring':
    case 'position':
    case 'quality':
    case 'qualityView':
      return { ...person, placement: { ...person.placement, [field]: value } };
    default:
      return { ...person, [field]: value };
  }
}

const text = (value: Scalar): string | null => (value === null ? null : String(value));
const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

function change(
  kind: MapChangeKind,
  person: MapPerson | null,
  rest: Partial<Pick<MapChange, 'itemId' | 'field' | 'from' | 'to'>> = {},
): MapChange {
  return {
    kind,
    personId: person?.id ?? null,
    personName: person?.name ?? null,
    itemId: rest.itemId ?? null,
    field: rest.field ?? null,
    from: rest.from ?? null,
    to: rest.to ?? null,
  };
}

function personChanges(before: MapPerson, after: MapPerson): MapChange[] {
  const changes: MapChange[] = [];
  if (before.placement.ring !== after.placement.ring) {
    changes.push(change('RING_CHANGED', after, { from: before.placement.ring, to: after.placement.ring }));
  }
  if (before.sector !== after.sector) {
    changes.push(change('SECTOR_CHANGED', after, { from: before.sector, to: after.sector }));
  }
  if (before.placement.quality !== after.placement.quality || before.placement.qualityView !== after.placement.qualityView) {
    changes.push(
      change('QUALITY_CHANGED', after, {
        from: `${before.placement.quality}/${before.placement.qualityView}`,
        to: `${after.placement.quality}/${after.placement.qualityView}`,
      }),
    );
  }
  for (const field of MAP_PERSON_DETAIL_FIELDS) {
    if (before[field] !== after[field]) {
      changes.push(change('DETAILS_CHANGED', after, { field, from: text(before[field]), to: text(after[field]) }));
    }
  }
  const beforeAgreements = byId(before.agreements);
  const afterAgreements = byId(after.agreements);
  for (const agreement of after.agreements) {
    const old = beforeAgreements.get(agreement.id);
    if (!old) {
      changes.push(change('AGREEMENT_ADDED', after, { itemId: agreement.id, to: agreement.what }));
      continue;
    }
    for (const field of MAP_AGREEMENT_FIELDS) {
      if (old[field] !== agreement[field]) {
        changes.push(
          change('AGREEMENT_CHANGED', after, { itemId: agreement.id, field, from: text(old[field]), to: text(agreement[field]) }),
        );
      }
    }
  }
  for (const agreement of before.agreements) {
    if (!afterAgreements.has(agreement.id)) {
      changes.push(change('AGREEMENT_REMOVED', after, { itemId: agreement.id, from: agreement.what }));
    }
  }
  return changes;
}

const tieLabel = (tie: MapTie, persons: ReadonlyMap<string, MapPerson>) =>
  `${persons.get(tie.fromId)?.name ?? '?'} – ${persons.get(tie.toId)?.name ?? '?'}`;

/**
 * What changed from `from` to `to`: persons added and removed, moved in ring or sector, changed in
 * quality or in any other field, their agreements, and the lines between persons. A move within the
 * same sector and ring (position only) is not a change worth reporting.
 */
export function diffDocuments(from: NetworkMapDocument, to: NetworkMapDocument): MapChange[] {
  const before = byId(from.persons);
  const after = byId(to.persons);
  const changes: MapChange[] = [];
  for (const person of to.persons) {
    const old = before.get(person.id);
    if (!old) changes.push(change('PERSON_ADDED', person, { to: person.name }));
    else changes.push(...personChanges(old, person));
  }
  for (const person of from.persons) {
    if (!after.has(person.id)) changes.push(change('PERSON_REMOVED', person, { from: person.name }));
  }
  const tiesBefore = byId(from.ties);
  const tiesAfter = byId(to.ties);
  const everyone = new Map([...before, ...after]);
  for (const tie of to.ties) {
    const old = tiesBefore.get(tie.id);
    if (!old) changes.push(change('TIE_ADDED', null, { itemId: tie.id, to: tieLabel(tie, everyone) }));
    else if (old.quality !== tie.quality) {
      changes.push(change('TIE_CHANGED', null, { itemId: tie.id, field: tieLabel(tie, everyone), from: old.quality, to: tie.quality }));
    }
  }
  for (const tie of from.ties) {
    if (!tiesAfter.has(tie.id)) changes.push(change('TIE_REMOVED', null, { itemId: tie.id, from: tieLabel(tie, everyone) }));
  }
  return changes;
}

function mergeAgreements(
  person: MapPerson,
  base: readonly NetworkAgreement[],
  mine: readonly NetworkAgreement[],
  current: readonly NetworkAgreement[],
  clashes: MapChange[],
): NetworkAgreement[] {
  const baseById = byId(base);
  const mineById = byId(mine);
  const result = new Map(current.map((agreement) => [agreement.id, agreement]));
  for (const agreement of mine) {
    const was = baseById.get(agreement.id);
    const now = result.get(agreement.id);
    if (!was) {
      result.set(agreement.id, agreement);
      continue;
    }
    let merged = now ?? was;
    for (const field of MAP_AGREEMENT_FIELDS) {
      if (agreement[field] === was[field]) continue;
      if (now && now[field] !== was[field] && now[field] !== agreement[field]) {
        clashes.push(change('AGREEMENT_CHANGED', person, { itemId: agreement.id, field, from: text(now[field]), to: text(agreement[field]) }));
      }
      merged = { ...merged, [field]: agreement[field] };
    }
    if (merged !== (now ?? was)) result.set(agreement.id, merged);
  }
  for (const agreement of base) {
    if (!mineById.has(agreement.id)) result.delete(agreement.id);
  }
  return [...result.values()];
}

/**
 * The user's changes (`base` → `mine`) laid onto `current`, field by field. Where the other save
 * changed the same field differently, the user's value wins and the field is listed in `clashes`, so
 * the user sees it before saving again. A person the user changed but the other save removed comes
 * back (nothing the user did is lost); persons keep `current`'s version so the next save is not stale.
 */
export function rebaseDocument(
  base: NetworkMapDocument,
  mine: NetworkMapDocument,
  current: NetworkMapDocument,
): { rebased: NetworkMapDocument; clashes: MapChange[] } {
  const baseById = byId(base.persons);
  const mineById = byId(mine.persons);
  const persons = new Map(current.persons.map((person) => [person.id, person]));
  const clashes: MapChange[] = [];

  for (const person of mine.persons) {
    const was = baseById.get(person.id);
    const now = persons.get(person.id);
    if (!was) {
      persons.set(person.id, now ? { ...person, version: now.version } : person);
      continue;
    }
    const changedFields = PERSON_FIELDS.filter((field) => personValue(person, field) !== personValue(was, field));
    const agreementsChanged = JSON.stringify(person.agreements) !== JSON.stringify(was.agreements);
    if (changedFields.length === 0 && !agreementsChanged) continue;
    if (!now) {
      clashes.push(change('PERSON_REMOVED', person, { from: person.name }));
      persons.set(person.id, { ...person, version: was.version });
      continue;
    }
    let merged = now;
    for (const field of changedFields) {
      const theirs = personValue(now, field);
      const mineValue = personValue(person, field);
      if (theirs !== personValue(was, field) && theirs !== mineValue && field !== 'position') {
        clashes.push(change('DETAILS_CHANGED', person, { field, from: text(theirs), to: text(mineValue) }));
      }
      merged = withPersonValue(merged, field, mineValue);
    }
    if (agreementsChanged) {
      merged = { ...merged, agreements: mergeAgreements(person, was.agreements, person.agreements, now.agreements, clashes) };
    }
    persons.set(person.id, merged);
  }
  for (const person of base.persons) {
    if (mineById.has(person.id)) continue;
    const now = persons.get(person.id);
    if (!now) continue;
    if (JSON.stringify(now) !== JSON.stringify(person)) {
      clashes.push(change('PERSON_REMOVED', now, { from: now.name }));
    }
    persons.delete(person.id);
  }

  const baseTies = byId(base.ties);
  const mineTies = byId(mine.ties);
  const ties = new Map(current.ties.map((tie) => [tie.id, tie]));
  for (const tie of mine.ties) {
    const was = baseTies.get(tie.id);
    if (!was || was.quality !== tie.quality) ties.set(tie.id, tie);
  }
  for (const tie of base.ties) if (!mineTies.has(tie.id)) ties.delete(tie.id);
  const rebasedTies = [...ties.values()].filter((tie) => persons.has(tie.fromId) && persons.has(tie.toId));

  return { rebased: { persons: [...persons.values()], ties: rebasedTies }, clashes };
}

/** A document with the contact details blanked, for readers outside the case team. */
export function withoutContactDetails(document: NetworkMapDocument): NetworkMapDocument {
  return {
    ...document,
    persons: document.persons.map((person) => ({ ...person, phone: null, email: null, address: null })),
  };
}

/** The counts a version keeps for result follow-up. */
export function documentCounts(document: NetworkMapDocument) {
  return {
    personCount: document.persons.length,
    privateCount: document.persons.filter((person) => !person.isProfessional).length,
    agreementCount: document.persons.reduce((sum, person) => sum + person.agreements.length, 0),
  };
}
