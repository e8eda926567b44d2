import {
  MAP_PERSON_DETAIL_FIELDS,
  type AgreementStatus,
  type ContactFrequency,
  type MapPerson,
  type NetworkPerspective,
  type NetworkRing,
  type NetworkSector,
  type RelationQuality,
  type Willingness,
} from '@inddrag/contracts';
import type { NewPerson, PersonUpdate } from './draft';

/**
 * The person form's values: MapPerson's shape (so the contract's error paths name the form's
 * fields), with '' where the contract has null — text inputs and "not chosen" selects hold ''.
 */
export interface AgreementFormValues {
  id: string;
  what: string;
  who: string;
  startsOn: string;
  endsOn: string;
  status: AgreementStatus;
  meetingDecisionId: string | null;
  safetyPlanRuleId: string | null;
  actionPlanTaskId: string | null;
}

export interface PersonFormValues {
  id: string;
  version: number;
  name: string;
  relation: string;
  sector: NetworkSector;
  isProfessional: boolean;
  contactFrequency: ContactFrequency | '';
  notes: string;
  doNotContact: boolean;
  doNotContactReason: string;
  phone: string;
  email: string;
  address: string;
  resources: string;
  contributions: string;
  willingness: Willingness | '';
  conditions: string;
  supportNeeded: string;
  agreements: AgreementFormValues[];
  placement: { ring: NetworkRing; position: number; quality: RelationQuality; qualityView: NetworkPerspective };
}

const TEXT_FIELDS = [
  'notes',
  'doNotContactReason',
  'phone',
  'email',
  'address',
  'resources',
  'contributions',
  'conditions',
  'supportNeeded',
] as const;

const blank = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toFormValues(person: MapPerson): PersonFormValues {
  return {
    id: person.id,
    version: person.version,
    name: person.name,
    relation: person.relation,
    sector: person.sector,
    isProfessional: person.isProfessional,
    contactFrequency: person.contactFrequency ?? '',
    notes: blank(person.notes),
    doNotContact: person.doNotContact,
    doNotContactReason: blank(person.doNotContactReason),
    phone: blank(person.phone),
    email: blank(person.email),
    address: blank(person.address),
    resources: blank(person.resources),
    contributions: blank(person.contributions),
    willingness: person.willingness ?? '',
    conditions: blank(person.conditions),
    supportNeeded: blank(person.supportNeeded),
    agreements: person.agreements.map((agreement) => ({
      ...agreement,
      startsOn: blank(agreement.startsOn),
      endsOn: blank(agreement.endsOn),
    })),
    placement: { ...person.placement },
  };
}

/** A new person's form: the sector and ring chosen (or the family's middle ring), seen from the map's perspective. */
export function emptyFormValues(
  id: string,
  perspective: NetworkPerspective,
  sector: NetworkSector = 'FAMILY',
  ring: NetworkRing = 'MIDDLE',
): PersonFormValues {
  return {
    id,
    version: 0,
    name: '',
    relation: '',
    sector,
    isProfessional: sector === 'PROFESSIONAL',
    contactFrequency: '',
    notes: '',
    doNotContact: false,
    doNotContactReason: '',
    phone: '',
    email: '',
    address: '',
    resources: '',
    contributions: '',
    willingness: '',
    conditions: '',
    supportNeeded: '',
    agreements: [],
    placement: { ring, position: 0.5, quality: 'SUPPORTIVE', qualityView: perspective },
  };
}

/** The form's values in the contract's terms ('' → null), for MapPerson to validate. */
export function toPersonInput(values: PersonFormValues): unknown {
  const person: Record<string, unknown> = {
    ...values,
    name: values.name.trim(),
    relation: values.relation.trim(),
    contactFrequency: values.contactFrequency === '' ? null : values.contactFrequency,
    willingness: values.willingness === '' ? null : values.willingness,
    agreements: values.agreements.map((agreement) => ({
      ...agreement,
      what: agreement.what.trim(),
      who: agreement.who.trim(),
      startsOn: orNull(agreement.startsOn),
      endsOn: orNull(agreement.endsOn),
    })),
  };
  for (const field of TEXT_FIELDS) person[field] = orNull(values[field]);
  // The reason belongs to the flag: without the flag it is not kept.
  if (!values.doNotContact) person.doNotContactReason = null;
  return person;
}

/** A new person for the draft: the place in the ring is found by the draft (spread out). */
export function toNewPerson(person: MapPerson): NewPerson {
  const { id: _id, version: _version, placement, ...fields } = person;
  const { position: _position, ...rest } = placement;
  return { ...fields, placement: rest };
}

type DirtyFlags = Partial<Record<keyof PersonFormValues, unknown>> & {
  placement?: Partial<Record<keyof PersonFormValues['placement'], unknown>> | unknown;
};

const isDirty = (flag: unknown): boolean =>
  flag === true || (typeof flag === 'object' && flag !== null && Object.values(flag).some(isDirty)) ||
  (Array.isArray(flag) && flag.some(isDirty));

/**
 * Only what the user changed in the form, so that a change made meanwhile elsewhere (a move in
 * the drawing, a ring in the table) is not overwritten with the form's older value.
 */
export function changedFields(person: MapPerson, dirty: DirtyFlags): PersonUpdate {
  const update: PersonUpdate = {};
  const fields = [...MAP_PERSON_DETAIL_FIELDS, 'sector', 'agreements'] as const;
  const target = update as Record<string, unknown>;
  for (const field of fields) {
    if (isDirty(dirty[field])) target[field] = person[field];
  }
  // A flag turned off takes its reason with it.
  if ('doNotContact' in update && !person.doNotContact) update.doNotContactReason = null;
  const placementDirty = (dirty.placement ?? {}) as Record<string, unknown>;
  const placement: Partial<MapPerson['placement']> = {};
  if (isDirty(placementDirty.ring)) placement.ring = person.placement.ring;
  if (isDirty(placementDirty.quality)) placement.quality = person.placement.quality;
  if (isDirty(placementDirty.qualityView)) placement.qualityView = person.placement.qualityView;
  if (Object.keys(placement).length > 0) update.placement = placement;
  return update;
}
