import type { MapChange, MapChangeKind, MapPerson, MapVersionMeta } from '@inddrag/contracts';
import type { DrawingPerson, Highlight } from '../drawing';

/** Which highlight a kind of change gives a person; added and removed are drawn on one side only. */
const KIND_HIGHLIGHT: Partial<Record<MapChangeKind, Highlight>> = {
  RING_CHANGED: 'moved',
  SECTOR_CHANGED: 'moved',
  QUALITY_CHANGED: 'changed',
  DETAILS_CHANGED: 'changed',
  AGREEMENT_ADDED: 'changed',
  AGREEMENT_REMOVED: 'changed',
  AGREEMENT_CHANGED: 'changed',
};

/** When a person has several changes, the strongest shows: added/removed, then moved, then changed. */
const RANK: Record<Highlight, number> = { added: 3, removed: 3, moved: 2, changed: 1 };

export interface ComparisonHighlights {
  /** The older drawing (left): removed, moved and changed persons. */
  from: Record<string, Highlight>;
  /** The newer drawing (right): added, moved and changed persons. */
  to: Record<string, Highlight>;
}

function mark(target: Record<string, Highlight>, personId: string, highlight: Highlight) {
  const current = target[personId];
  if (!current || RANK[highlight] > RANK[current]) target[personId] = highlight;
}

/**
 * The highlights of the two drawings of a comparison: added in the right drawing, removed in the
 * left one, moved (ring or sector) and changed (quality, details, agreements) in both. Changes to
 * the lines between persons mark no one.
 */
export function comparisonHighlights(changes: readonly MapChange[]): ComparisonHighlights {
  const from: Record<string, Highlight> = {};
  const to: Record<string, Highlight> = {};
  for (const change of changes) {
    if (change.personId === null) continue;
    if (change.kind === 'PERSON_ADDED') mark(to, change.personId, 'added');
    else if (change.kind === 'PERSON_REMOVED') mark(from, change.personId, 'removed');
    else {
      const highlight = KIND_HIGHLIGHT[change.kind];
      if (!highlight) continue;
      mark(from, change.personId, highlight);
      mark(to, change.personId, highlight);
    }
  }
  return { from, to };
}

/** A saved version's person as the drawing takes them (a version does not know today's consents). */
export function toDrawingPerson(person: MapPerson): DrawingPerson {
  return {
    id: person.id,
    name: person.name,
    relation: person.relation,
    sector: person.sector,
    isProfessional: person.isProfessional,
    placement: person.placement,
    doNotContact: person.doNotContact,
  };
}

export interface VersionPair {
  from: number;
  to: number;
}

/** The previous and the latest version (the list is newest first); null with fewer than two. */
export function defaultPair(versions: readonly Pick<MapVersionMeta, 'number'>[]): VersionPair | null {
  const [latest, previous] = versions;
  if (!latest || !previous) return null;
  return { from: previous.number, to: latest.number };
}
