import type { MapPerson, NetworkPerspective, NetworkRing, NetworkSector, RelationQuality } from '@inddrag/contracts';
import type { DrawingPerson } from '../drawing';
import { blankPerson, type NewPerson } from '../editor/draft';

/** What the child's form asks: no notes, contact details, risk flags, consent or part 2. */
export interface ChildPersonValues {
  name: string;
  relation: string;
  sector: NetworkSector | '';
  ring: NetworkRing | '';
  quality: RelationQuality | '';
}

export const EMPTY_CHILD_PERSON: ChildPersonValues = { name: '', relation: '', sector: '', ring: '', quality: '' };

/** The contract's limits on the two texts (MapPerson.name and .relation). */
export const CHILD_TEXT_MAX = 200;

/**
 * A person as the child adds them: their name, who they are to the child, where and how close they
 * are and how the relation is, seen from the map's perspective. Everything else starts empty, for the
 * caseworker to fill in on the full map; a person in the helpers' sector counts as a professional.
 */
export function childNewPerson(
  values: ChildPersonValues & { sector: NetworkSector; ring: NetworkRing; quality: RelationQuality },
  perspective: NetworkPerspective,
): NewPerson {
  return blankPerson({
    name: values.name,
    relation: values.relation,
    sector: values.sector,
    placement: { ring: values.ring, quality: values.quality, qualityView: perspective },
  });
}

/** The child's drawing shows names and places only: no risk or contact markers. */
export function childDrawingPerson(person: MapPerson): DrawingPerson {
  return {
    id: person.id,
    name: person.name,
    relation: person.relation,
    sector: person.sector,
    isProfessional: person.isProfessional,
    placement: person.placement,
  };
}
