import type { MapPerson, MapTie } from '@inddrag/contracts';

/** One of a person's lines: the line and the person at its other end. */
export interface PersonTie {
  tie: MapTie;
  other: Pick<MapPerson, 'id' | 'name'>;
}

/** Another person on the map, and whether a line between the two is already drawn. */
export interface TieCandidate {
  person: Pick<MapPerson, 'id' | 'name'>;
  linked: boolean;
}

type Named = Pick<MapPerson, 'id' | 'name'>;

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id);

/** The other end of a line from `personId`, or null when the line does not touch the person. */
export function otherEnd(tie: Pick<MapTie, 'fromId' | 'toId'>, personId: string): string | null {
  if (tie.fromId === personId) return tie.toId;
  if (tie.toId === personId) return tie.fromId;
  return null;
}

/**
 * The person's lines, drawn either way, sorted by the other person's name. A line to someone no longer
 * on the map is left out (the draft removes such lines with the person).
 */
export function tiesOf(personId: string, ties: readonly MapTie[], persons: readonly Named[]): PersonTie[] {
  const personsById = new Map(persons.map((p) => [p.id, p]));
  const result: PersonTie[] = [];
  for (const tie of ties) {
    const otherId = otherEnd(tie, personId);
    const other = otherId && otherId !== personId ? personsById.get(otherId) : undefined;
    if (other) result.push({ tie, other: { id: other.id, name: other.name } });
  }
  return result.sort((a, b) => byName(a.other, b.other));
}

/** Everyone else on the map, sorted by name; `linked` when a line to the person is already drawn. */
export function tieCandidates(personId: string, ties: readonly MapTie[], persons: readonly Named[]): TieCandidate[] {
  const linked = new Set(ties.map((tie) => otherEnd(tie, personId)).filter((id): id is string => id !== null));
  return persons
    .filter((p) => p.id !== personId)
    .map((p) => ({ person: { id: p.id, name: p.name }, linked: linked.has(p.id) }))
    .sort((a, b) => byName(a.person, b.person));
}
