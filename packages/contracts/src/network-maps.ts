import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { Problem } from './problem';
import { UnitRef, UserRef } from './units';

// The network map (netværkskort), domain.md §2.2–2.3. Part 1 is who is in the child's network;
// part 2 is what each person can contribute and has agreed to. A case may hold several maps, one
// per perspective (the child's, a parent's, the professionals'); the persons are the case's own and
// shared by its maps, while ring, position and the relation's quality belong to each map.
//
// A map is edited as a document: the web loads it, the user changes it, and a save sends the whole
// document with the version it started from. Every save is a new, immutable version.

export const NetworkSector = z
  .enum(['FAMILY', 'FRIENDS_LEISURE', 'SCHOOL_WORK', 'PROFESSIONAL'])
  .meta({ id: 'NetworkSector' });
export type NetworkSector = z.infer<typeof NetworkSector>;
/** Clockwise from the top left, as the sectors are drawn. */
export const NETWORK_SECTORS = NetworkSector.options;

export const NetworkRing = z.enum(['INNER', 'MIDDLE', 'OUTER']).meta({ id: 'NetworkRing' });
export type NetworkRing = z.infer<typeof NetworkRing>;
export const NETWORK_RINGS = NetworkRing.options;

/** MIXED: supportive and stressful at once, as relations often are. */
export const RelationQuality = z
  .enum(['SUPPORTIVE', 'TENUOUS', 'STRESSFUL', 'MIXED'])
  .meta({ id: 'RelationQuality' });
export type RelationQuality = z.infer<typeof RelationQuality>;

export const NetworkPerspective = z.enum(['CHILD', 'PARENT', 'PROFESSIONAL']).meta({ id: 'NetworkPerspective' });
export type NetworkPerspective = z.infer<typeof NetworkPerspective>;

export const ContactFrequency = z
  .enum(['DAILY', 'WEEKLY', 'MONTHLY', 'RARELY', 'NONE'])
  .meta({ id: 'ContactFrequency' });
export type ContactFrequency = z.infer<typeof ContactFrequency>;

export const Willingness = z.enum(['YES', 'MAYBE', 'NO']).meta({ id: 'Willingness' });
export type Willingness = z.infer<typeof Willingness>;

export const AgreementStatus = z
  .enum(['PROPOSED', 'AGREED', 'FULFILLED', 'NOT_FULFILLED', 'CANCELLED'])
  .meta({ id: 'AgreementStatus' });
export type AgreementStatus = z.infer<typeof AgreementStatus>;
/** Agreements still to be kept: shown in the network's open agreements. */
export const OPEN_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['PROPOSED', 'AGREED'];

/** Why a version was saved. */
export const MapOccasion = z
  .enum(['BFU', 'VISITATION', 'OPFOELGNINGSMOEDE', 'NETVAERKSMOEDE', 'OTHER'])
  .meta({ id: 'MapOccasion' });
export type MapOccasion = z.infer<typeof MapOccasion>;

export const MAP_PERSONS_MAX = 300;
const optionalText = (max: number, label: string) => limitedText(max, label).nullable().default(null);

// --- Part 2: agreements -------------------------------------------------------------------------

export const NetworkAgreement = z
  .object({
    id: Uuid,
    what: requiredText(500, 'Aftalen', 'Skriv hvad der er aftalt'),
    who: requiredText(200, 'Hvem', 'Skriv hvem der gør det'),
    startsOn: IsoDate.nullable().default(null),
    endsOn: IsoDate.nullable().default(null),
    status: AgreementStatus.default('PROPOSED'),
    /** Filled in when the agreement is tied to a meeting decision, a safety-plan rule or an action-plan task. */
    meetingDecisionId: Uuid.nullable().default(null),
    safetyPlanRuleId: Uuid.nullable().default(null),
    actionPlanTaskId: Uuid.nullable().default(null),
  })
  .refine((a) => !a.startsOn || !a.endsOn || a.startsOn <= a.endsOn, {
    message: 'Slutdatoen kan ikke ligge før startdatoen',
    path: ['endsOn'],
  })
  .meta({ id: 'NetworkAgreement' });
export type NetworkAgreement = z.infer<typeof NetworkAgreement>;

// --- The map document -------------------------------------------------------------------------

/** Where a person sits on this map and how this map's perspective sees the relation. */
export const MapPlacement = z
  .object({
    ring: NetworkRing,
    /** 0–1 from the start of the sector to its end, clockwise. */
    position: z.number().min(0).max(1).default(0.5),
    quality: RelationQuality,
    /** Whose view the quality records. */
    qualityView: NetworkPerspective,
  })
  .meta({ id: 'MapPlacement' });
export type MapPlacement = z.infer<typeof MapPlacement>;

/** A person as a map document holds them: part 1, contact details, part 2 and their place on the map. */
export const MapPerson = z
  .object({
    id: Uuid,
    name: requiredText(200, 'Navnet', 'Skriv personens navn'),
    relation: requiredText(200, 'Relationen', 'Skriv personens relation til barnet'),
    sector: NetworkSector,
    isProfessional: z.boolean().default(false),
    contactFrequency: ContactFrequency.nullable().default(null),
    notes: optionalText(5_000, 'Noten'),
    /** Risk flag: never contact or invite this person. */
    doNotContact: z.boolean().default(false),
    doNotContactReason: optionalText(1_000, 'Begrundelsen'),
    /** Contact details: only the case team sees them (they come back null to others). */
    phone: optionalText(50, 'Telefonnummeret'),
    email: z.email('Skriv en gyldig e-mailadresse').max(254).nullable().default(null),
    address: optionalText(300, 'Adressen'),
    resources: optionalText(5_000, 'Ressourcerne'),
    contributions: optionalText(5_000, 'Bidraget'),
    willingness: Willingness.nullable().default(null),
    conditions: optionalText(2_000, 'Betingelserne'),
    supportNeeded: optionalText(2_000, 'Støttebehovet'),
    agreements: z.array(NetworkAgreement).max(100).default([]),
    placement: MapPlacement,
    /** The person's version the document was based on; 0 for a person new in this save. */
    version: z.number().int().min(0).default(0),
  })
  .refine((p) => !p.doNotContact || (p.doNotContactReason ?? '') !== '', {
    message: 'Skriv hvorfor personen ikke må kontaktes',
    path: ['doNotContactReason'],
  })
  .meta({ id: 'MapPerson' });
export type MapPerson = z.infer<typeof MapPerson>;
export type MapPersonInput = z.input<typeof MapPerson>;

/** A person's own fields besides sector, placement and agreements: what a comparison reports one by one. */
export const MAP_PERSON_DETAIL_FIELDS = [
  'name',
  'relation',
  'isProfessional',
  'contactFrequency',
  'notes',
  'doNotContact',
  'doNotContactReason',
  'phone',
  'email',
  'address',
  'resources',
  'contributions',
  'willingness',
  'conditions',
  'supportNeeded',
] as const satisfies readonly (keyof MapPerson)[];

/** An agreement's fields, as a comparison reports them. */
export const MAP_AGREEMENT_FIELDS = [
  'what',
  'who',
  'startsOn',
  'endsOn',
  'status',
  'meetingDecisionId',
  'safetyPlanRuleId',
  'actionPlanTaskId',
] as const satisfies readonly (keyof NetworkAgreement)[];

/** A line between two persons: who is close to whom. */
export const MapTie = z
  .object({ id: Uuid, fromId: Uuid, toId: Uuid, quality: RelationQuality })
  .refine((t) => t.fromId !== t.toId, { message: 'En linje skal gå mellem to forskellige personer', path: ['toId'] })
  .meta({ id: 'MapTie' });
export type MapTie = z.infer<typeof MapTie>;

/** The whole map as a save sends it and a version stores it. */
export const NetworkMapDocument = z
  .object({
    persons: z.array(MapPerson).max(MAP_PERSONS_MAX, `Et netværkskort kan højst have ${MAP_PERSONS_MAX} personer`),
    ties: z.array(MapTie).max(1_000).default([]),
  })
  .meta({ id: 'NetworkMapDocument' });
export type NetworkMapDocument = z.infer<typeof NetworkMapDocument>;

// --- Consent and the contact rule ----------------------------------------------------------------

export const NetworkConsent = z
  .object({
    id: Uuid,
    personId: Uuid,
    givenBy: z.string(),
    scope: z.string(),
    givenOn: IsoDate,
    withdrawnOn: IsoDate.nullable(),
    withdrawnReason: z.string().nullable(),
    recordedBy: UserRef,
    createdAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'NetworkConsent' });
export type NetworkConsent = z.infer<typeof NetworkConsent>;

export const RecordConsentRequest = z
  .object({
    givenBy: requiredText(200, 'Hvem', 'Skriv hvem der har givet samtykket'),
    scope: requiredText(500, 'Omfanget', 'Skriv hvad samtykket omfatter'),
    givenOn: IsoDate,
  })
  .meta({ id: 'RecordConsentRequest' });
export type RecordConsentRequest = z.infer<typeof RecordConsentRequest>;

export const WithdrawConsentRequest = z
  .object({
    withdrawnOn: IsoDate,
    reason: optionalText(1_000, 'Begrundelsen'),
    version: z.number().int(),
  })
  .meta({ id: 'WithdrawConsentRequest' });
export type WithdrawConsentRequest = z.infer<typeof WithdrawConsentRequest>;

/** Why a person may not be contacted, invited to a meeting or named in a safety network. */
export const ContactBlockReason = z
  .enum(['DO_NOT_CONTACT', 'NO_CONSENT', 'CONSENT_WITHDRAWN', 'HONOUR_RISK_UNASSESSED'])
  .meta({ id: 'ContactBlockReason' });
export type ContactBlockReason = z.infer<typeof ContactBlockReason>;

export const ContactStatus = z
  .object({
    allowed: z.boolean(),
    blocks: z.array(z.object({ reason: ContactBlockReason, message: z.string() })),
  })
  .meta({ id: 'ContactStatus' });
export type ContactStatus = z.infer<typeof ContactStatus>;

// --- Reading maps ------------------------------------------------------------------------------

export const NetworkMapSummary = z
  .object({
    id: Uuid,
    caseId: Uuid,
    perspective: NetworkPerspective,
    perspectiveOf: z.string().nullable(),
    version: z.number().int(),
    personCount: z.number().int(),
    updatedAt: IsoDateTime,
    createdBy: UserRef,
    createdUnit: UnitRef,
  })
  .meta({ id: 'NetworkMapSummary' });
export type NetworkMapSummary = z.infer<typeof NetworkMapSummary>;

export const NetworkMapList = z.object({ items: z.array(NetworkMapSummary) }).meta({ id: 'NetworkMapList' });
export type NetworkMapList = z.infer<typeof NetworkMapList>;

/** A person on the map as the reader gets it: the document's fields, their consents and whether they may be contacted. */
export const MapPersonView = z
  .object({
    ...MapPerson.shape,
    consents: z.array(NetworkConsent),
    contact: ContactStatus,
  })
  .meta({ id: 'MapPersonView' });
export type MapPersonView = z.infer<typeof MapPersonView>;

export const NetworkMapDetail = NetworkMapSummary.extend({
  child: z.object({ firstName: z.string(), age: z.number().int() }),
  persons: z.array(MapPersonView),
  ties: z.array(MapTie),
  lastSaved: z.object({ occasion: MapOccasion, author: UserRef, unit: UnitRef, createdAt: IsoDateTime }),
  /** What the reader may do here. */
  can: z.object({ edit: z.boolean(), manageConsent: z.boolean(), seeContactDetails: z.boolean() }),
}).meta({ id: 'NetworkMapDetail' });
export type NetworkMapDetail = z.infer<typeof NetworkMapDetail>;

// --- Writing maps ------------------------------------------------------------------------------

export const CreateNetworkMapRequest = z
  .object({
    perspective: NetworkPerspective,
    perspectiveOf: optionalText(100, 'Perspektivet'),
    occasion: MapOccasion,
    /** Start from another map of the case: its persons, their places and the lines. */
    copyFromMapId: Uuid.optional(),
  })
  .meta({ id: 'CreateNetworkMapRequest' });
export type CreateNetworkMapRequest = z.infer<typeof CreateNetworkMapRequest>;

export const SaveNetworkMapRequest = z
  .object({
    /** The map version the user started from. */
    baseVersion: z.number().int().min(1),
    occasion: MapOccasion,
    occasionNote: optionalText(300, 'Anledningen'),
    document: NetworkMapDocument,
    /** The (follow-up) meeting of the same case the version is made at, when it is. */
    meetingId: Uuid.nullable().optional(),
  })
  .meta({ id: 'SaveNetworkMapRequest' });
export type SaveNetworkMapRequest = z.infer<typeof SaveNetworkMapRequest>;
export type SaveNetworkMapInput = z.input<typeof SaveNetworkMapRequest>;

// --- Versions and comparison -------------------------------------------------------------------

export const MapChangeKind = z
  .enum([
    'PERSON_ADDED',
    'PERSON_REMOVED',
    'RING_CHANGED',
    'SECTOR_CHANGED',
    'QUALITY_CHANGED',
    'DETAILS_CHANGED',
    'AGREEMENT_ADDED',
    'AGREEMENT_REMOVED',
    'AGREEMENT_CHANGED',
    'TIE_ADDED',
    'TIE_REMOVED',
    'TIE_CHANGED',
  ])
  .meta({ id: 'MapChangeKind' });
export type MapChangeKind = z.infer<typeof MapChangeKind>;

/** One difference between two versions of a map. `field` names a changed field for DETAILS_CHANGED and AGREEMENT_CHANGED. */
export const MapChange = z
  .object({
    kind: MapChangeKind,
    personId: Uuid.nullable(),
    personName: z.string().nullable(),
    /** The agreement or line the change is about. */
    itemId: Uuid.nullable(),
    field: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .meta({ id: 'MapChange' });
export type MapChange = z.infer<typeof MapChange>;

export const MapVersionMeta = z
  .object({
    number: z.number().int(),
    occasion: MapOccasion,
    occasionNote: z.string().nullable(),
    author: UserRef,
    unit: UnitRef,
    createdAt: IsoDateTime,
    personCount: z.number().int(),
    privateCount: z.number().int(),
    agreementCount: z.number().int(),
    /** The referrals this version was sent with: frozen there. */
    sentWith: z.array(z.object({ referralId: Uuid, toUnit: UnitRef, sentAt: IsoDateTime })),
  })
  .meta({ id: 'MapVersionMeta' });
export type MapVersionMeta = z.infer<typeof MapVersionMeta>;

export const MapVersionList = z.object({ items: z.array(MapVersionMeta) }).meta({ id: 'MapVersionList' });
export type MapVersionList = z.infer<typeof MapVersionList>;

export const MapVersion = MapVersionMeta.extend({ document: NetworkMapDocument }).meta({ id: 'MapVersion' });
export type MapVersion = z.infer<typeof MapVersion>;

export const MapVersionParams = z.object({ caseId: Uuid, mapId: Uuid, number: z.coerce.number().int().min(1) });
export const NetworkMapParams = z.object({ caseId: Uuid, mapId: Uuid });
export const NetworkPersonParams = z.object({ caseId: Uuid, personId: Uuid });
export const NetworkConsentParams = z.object({ caseId: Uuid, personId: Uuid, consentId: Uuid });

// Query and path schemas carry no component id: the OpenAPI generator inlines them.
export const CompareVersionsQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export type CompareVersionsQuery = z.infer<typeof CompareVersionsQuery>;

export const MapComparison = z
  .object({ from: MapVersion, to: MapVersion, changes: z.array(MapChange) })
  .meta({ id: 'MapComparison' });
export type MapComparison = z.infer<typeof MapComparison>;

/**
 * A save based on a stale version (409): what the others changed since the user's base, the user's own
 * changes laid onto the current map (`rebased`, to review and save again), and the fields both changed
 * (`clashes`, where the user's value won in `rebased`).
 */
export const MapSaveConflict = Problem.extend({
  conflict: z.object({
    current: NetworkMapDetail,
    theirChanges: z.array(MapChange),
    rebased: NetworkMapDocument,
    clashes: z.array(MapChange),
  }),
}).meta({ id: 'MapSaveConflict' });
export type MapSaveConflict = z.infer<typeof MapSaveConflict>;
