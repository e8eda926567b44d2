import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { ContactStatus } from './network-maps';
import { UnitRef, UserRef } from './units';

// Meetings (domain.md §2.8–§2.10, seeds 000, 002, 003): the inclusive network meeting
// (inddragende netværksmøde), the follow-up meeting (opfølgningsmøde), the family group conference
// (familierådslagning) and the network council (netværkssamråd). This file holds planning,
// participants and invitations; meeting-run.ts the meeting itself, its minutes and method fidelity;
// conferences.ts what only a family group conference has.

export const MeetingType = z
  .enum(['NETWORK_MEETING', 'FOLLOW_UP_MEETING', 'FAMILY_GROUP_CONFERENCE', 'NETWORK_COUNCIL'])
  .meta({ id: 'MeetingType' });
export type MeetingType = z.infer<typeof MeetingType>;

export const MeetingStatus = z.enum(['PLANNED', 'IN_PROGRESS', 'HELD', 'CANCELLED']).meta({ id: 'MeetingStatus' });
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** The kind of note Socialstyrelsen's checklist asks the planner to agree on. */
export const MeetingNoteKind = z.enum(['BESLUTNINGSNOTAT', 'ARBEJDSPAPIR', 'REFERAT']).meta({ id: 'MeetingNoteKind' });
export type MeetingNoteKind = z.infer<typeof MeetingNoteKind>;

export const MeetingPhase = z
  .enum([
    'WELCOME',
    'ROUND',
    'INFORMATION',
    'WORRIES',
    'WORKING_WELL',
    'NEXT_STEPS',
    'PRIVATE_FAMILY_TIME',
    'PLAN_PRESENTATION',
    'AGREEMENTS',
    'SCALING',
    'NEXT_MEETING',
  ])
  .meta({ id: 'MeetingPhase' });
export type MeetingPhase = z.infer<typeof MeetingPhase>;

const NETWORK_PHASES: readonly MeetingPhase[] = [
  'WELCOME',
  'ROUND',
  'WORRIES',
  'WORKING_WELL',
  'NEXT_STEPS',
  'AGREEMENTS',
  'SCALING',
  'NEXT_MEETING',
];

/** The agenda phases of each meeting type, in order (domain.md §2.8, §2.9). */
export const MEETING_PHASES: Record<MeetingType, readonly MeetingPhase[]> = {
  NETWORK_MEETING: NETWORK_PHASES,
  FOLLOW_UP_MEETING: NETWORK_PHASES,
  NETWORK_COUNCIL: NETWORK_PHASES,
  FAMILY_GROUP_CONFERENCE: [
    'WELCOME',
    'INFORMATION',
    'PRIVATE_FAMILY_TIME',
    'PLAN_PRESENTATION',
    'AGREEMENTS',
    'SCALING',
    'NEXT_MEETING',
  ],
};

/** Days from the police's documentation to the network council (SEL § 57 c, now Barnets lov). */
export const NETWORK_COUNCIL_DEADLINE_DAYS = 7;

export const ParticipantKind = z
  .enum(['CHILD', 'CUSTODY_HOLDER', 'NETWORK_PERSON', 'PROFESSIONAL'])
  .meta({ id: 'ParticipantKind' });
export type ParticipantKind = z.infer<typeof ParticipantKind>;

export const InvitationReply = z.enum(['PENDING', 'COMING', 'NOT_COMING']).meta({ id: 'InvitationReply' });
export type InvitationReply = z.infer<typeof InvitationReply>;

export const InvitationChannel = z.enum(['LETTER', 'EMAIL', 'PHONE', 'IN_PERSON']).meta({ id: 'InvitationChannel' });
export type InvitationChannel = z.infer<typeof InvitationChannel>;

/** The preparation checklist (Socialstyrelsen, "Netværksmøde – planlægning og afvikling"). */
export const PREPARATION_ITEMS = [
  'AGENDA_WITH_FAMILY',
  'INVITEES_WITH_FAMILY',
  'VENUE_WITH_FAMILY',
  'ROLES_AGREED',
  'INVITATIONS_SENT',
  'EXPECTATIONS_ALIGNED',
  'PRACTICALITIES',
] as const;
export const PreparationItem = z.enum(PREPARATION_ITEMS).meta({ id: 'PreparationItem' });
export type PreparationItem = z.infer<typeof PreparationItem>;


/** A role at the meeting: a user (from the case team, or the facilitator), or a name (a family member). */
export const MeetingRoleInput = z
  .object({
    userId: Uuid.nullable().default(null),
    name: limitedText(200, 'Navnet').nullable().default(null),
  })
  .meta({ id: 'MeetingRoleFields' });
export type MeetingRoleInput = z.input<typeof MeetingRoleInput>;

/** What planning sets; the same fields when the plan is changed later. */
export const MeetingPlanFields = z
  .object({
    purpose: requiredText(2000, 'Formålet', 'Skriv mødets formål'),
    agenda: limitedText(4000, 'Dagsordenen').default(''),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime.nullable().default(null),
    place: requiredText(300, 'Stedet', 'Skriv hvor mødet holdes'),
    neutralVenue: z.boolean().default(false),
    initiator: requiredText(500, 'Initiativtager', 'Skriv hvem der har taget initiativ til mødet og hvorfor'),
    inviter: MeetingRoleInput.default({ userId: null, name: null }),
    leader: MeetingRoleInput.default({ userId: null, name: null }),
    noteTaker: MeetingRoleInput.default({ userId: null, name: null }),
    noteKind: MeetingNoteKind.default('BESLUTNINGSNOTAT'),
    /** Family group conference: the independent coordinator (a user with role COORDINATOR). */
    coordinatorId: Uuid.nullable().default(null),
  })
  .meta({ id: 'MeetingPlanFields' });
export type MeetingPlanFields = z.infer<typeof MeetingPlanFields>;

export const PlanMeetingRequest = MeetingPlanFields.extend({
  type: MeetingType,
  /** Network council: the date the police's documentation was received; the 7-day deadline runs from it. */
  policeDocumentationOn: IsoDate.nullable().default(null),
  /** The meeting this one follows up (required for a follow-up meeting). */
  followUpOfId: Uuid.nullable().default(null),
}).meta({ id: 'PlanMeetingRequest' });
export type PlanMeetingRequest = z.input<typeof PlanMeetingRequest>;
/** The request as the API receives it, defaults applied. */
export type PlanMeetingData = z.output<typeof PlanMeetingRequest>;

export const UpdateMeetingPlanRequest = MeetingPlanFields.extend({ version: z.number().int() }).meta({
  id: 'UpdateMeetingPlanRequest',
});
export type UpdateMeetingPlanRequest = z.input<typeof UpdateMeetingPlanRequest>;
export type UpdateMeetingPlanData = z.output<typeof UpdateMeetingPlanRequest>;

export const CancelMeetingRequest = z
  .object({ version: z.number().int(), reason: requiredText(1000, 'Begrundelsen', 'Skriv hvorfor mødet aflyses') })
  .meta({ id: 'CancelMeetingRequest' });
export type CancelMeetingRequest = z.input<typeof CancelMeetingRequest>;

// --- Participants and invitations ----------------------------------------------------------------

/** Who to invite: the child, a custody holder (CaseParent), a network person or a user. */
export const ParticipantRef = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('CHILD') }),
    z.object({ kind: z.literal('CUSTODY_HOLDER'), caseParentId: Uuid }),
    z.object({ kind: z.literal('NETWORK_PERSON'), networkPersonId: Uuid }),
    z.object({ kind: z.literal('PROFESSIONAL'), userId: Uuid }),
  ])
  .meta({ id: 'ParticipantRef' });
export type ParticipantRef = z.infer<typeof ParticipantRef>;

export const AddParticipantsRequest = z
  .object({ participants: z.array(ParticipantRef).min(1, 'Vælg mindst én deltager').max(60) })
  .meta({ id: 'AddParticipantsRequest' });
export type AddParticipantsRequest = z.input<typeof AddParticipantsRequest>;

/** Changes to one participant: the invitation sent, the reply, expectations aligned, attendance. */
export const UpdateParticipantRequest = z
  .object({
    version: z.number().int(),
    invitedAt: IsoDateTime.nullable().optional(),
    channel: InvitationChannel.nullable().optional(),
    reply: InvitationReply.optional(),
    expectationsAlignedOn: IsoDate.nullable().optional(),
    expectationsNote: limitedText(2000, 'Noten om forventningsafstemning').nullable().optional(),
    attended: z.boolean().nullable().optional(),
    isInformant: z.boolean().optional(),
    briefing: limitedText(4000, 'Informationen').nullable().optional(),
  })
  .meta({ id: 'UpdateParticipantRequest' });
export type UpdateParticipantRequest = z.input<typeof UpdateParticipantRequest>;

export const MeetingParticipant = z
  .object({
    id: Uuid,
    kind: ParticipantKind,
    networkPersonId: Uuid.nullable(),
    userId: Uuid.nullable(),
    caseParentId: Uuid.nullable(),
    name: z.string(),
    relation: z.string(),
    isProfessional: z.boolean(),
    mandatory: z.boolean(),
    isInformant: z.boolean(),
    briefing: z.string().nullable(),
    invitedBy: UserRef.nullable(),
    invitedAt: IsoDateTime.nullable(),
    channel: InvitationChannel.nullable(),
    reply: InvitationReply,
    repliedAt: IsoDateTime.nullable(),
    expectationsAlignedOn: IsoDate.nullable(),
    expectationsNote: z.string().nullable(),
    attended: z.boolean().nullable(),
    /** For network persons: whether the map's consent and risk rules allow contact today. */
    contact: ContactStatus.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MeetingParticipant' });
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

/** Someone who can be invited, with whether the map's rules allow it (the UI disables the blocked). */
export const MeetingCandidate = z
  .object({
    ref: ParticipantRef,
    name: z.string(),
    relation: z.string(),
    isProfessional: z.boolean(),
    contact: ContactStatus,
    alreadyInvited: z.boolean(),
  })
  .meta({ id: 'MeetingCandidate' });
export type MeetingCandidate = z.infer<typeof MeetingCandidate>;

/** An invitation letter in plain Danish (what, why, when, where, who else is coming); never CPR. */
export const InvitationLetter = z
  .object({
    meetingId: Uuid,
    participantId: Uuid,
    recipientName: z.string(),
    /** "Kære Grethe": the letter speaks to the person. */
    greeting: z.string(),
    meetingType: MeetingType,
    childFirstName: z.string(),
    what: z.string(),
    why: z.string(),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime.nullable(),
    place: z.string(),
    agenda: z.array(z.string()),
    others: z.array(z.object({ name: z.string(), relation: z.string() })),
    inviterName: z.string().nullable(),
    leaderName: z.string().nullable(),
    municipalityName: z.string(),
    unitName: z.string().nullable(),
    /** How to answer and whom to ask, in plain Danish. */
    closing: z.string(),
  })
  .meta({ id: 'InvitationLetter' });
export type InvitationLetter = z.infer<typeof InvitationLetter>;

export const ChecklistEntry = z
  .object({
    item: z.string().max(60),
    done: z.boolean(),
    note: limitedText(1000, 'Noten').nullable().default(null),
  })
  .meta({ id: 'ChecklistEntry' });
export type ChecklistEntry = z.input<typeof ChecklistEntry>;

export const SavePreparationRequest = z
  .object({
    version: z.number().int(),
    items: z.array(ChecklistEntry.extend({ item: PreparationItem })).max(PREPARATION_ITEMS.length),
  })
  .meta({ id: 'SavePreparationRequest' });
export type SavePreparationRequest = z.input<typeof SavePreparationRequest>;

// --- Reading meetings ----------------------------------------------------------------------------

export const MeetingWarningCode = z
  .enum(['ROLE_CONFLICT', 'LEADER_NOT_NEUTRAL', 'NO_LEADER', 'VENUE_NOT_NEUTRAL', 'MANDATORY_NOT_INVITED', 'DEADLINE_MISSED'])
  .meta({ id: 'MeetingWarningCode' });
export type MeetingWarningCode = z.infer<typeof MeetingWarningCode>;

/** A warning the planner should see; the plan is still saved. */
export const MeetingWarning = z
  .object({ code: MeetingWarningCode, message: z.string() })
  .meta({ id: 'MeetingWarning' });
export type MeetingWarning = z.infer<typeof MeetingWarning>;

export const MeetingRole = z
  .object({ user: UserRef.nullable(), name: z.string().nullable() })
  .meta({ id: 'MeetingRole' });
export type MeetingRole = z.infer<typeof MeetingRole>;

/** The network council's 7-day deadline, counted from the police's documentation. */
export const CouncilDeadline = z
  .object({ dueOn: IsoDate, daysLeft: z.number().int(), overdue: z.boolean(), met: z.boolean() })
  .meta({ id: 'CouncilDeadline' });
export type CouncilDeadline = z.infer<typeof CouncilDeadline>;

export const MeetingSummary = z
  .object({
    id: Uuid,
    caseId: Uuid,
    caseNumber: z.string(),
    childFirstName: z.string(),
    type: MeetingType,
    status: MeetingStatus,
    purpose: z.string(),
    startsAt: IsoDateTime,
    place: z.string(),
    leader: MeetingRole,
    participantCount: z.number().int(),
    councilDeadline: CouncilDeadline.nullable(),
    followUpOfId: Uuid.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingList = z
  .object({ items: z.array(MeetingSummary), can: z.object({ plan: z.boolean() }) })
  .meta({ id: 'MeetingList' });
export type MeetingList = z.infer<typeof MeetingList>;

/** Meetings where the user has a role or is invited, and the conferences a coordinator coordinates. */
export const MyMeetingsQuery = z.object({
  include: z.enum(['upcoming', 'all']).default('upcoming'),
});
export const MyMeetingList = z.object({ items: z.array(MeetingSummary) }).meta({ id: 'MyMeetingList' });
export type MyMeetingList = z.infer<typeof MyMeetingList>;

/** Choices for planning: who can take a role, who can coordinate, whom to invite. */
export const MeetingOptions = z
  .object({
    team: z.array(UserRef.extend({ role: z.string(), unit: UnitRef.nullable() })),
    facilitators: z.array(UserRef.extend({ unit: UnitRef.nullable() })),
    coordinators: z.array(UserRef),
    candidates: z.array(MeetingCandidate),
    /** Meetings of the case a follow-up meeting can follow up. */
    previousMeetings: z.array(z.object({ id: Uuid, type: MeetingType, startsAt: IsoDateTime, purpose: z.string() })),
  })
  .meta({ id: 'MeetingOptions' });
export type MeetingOptions = z.infer<typeof MeetingOptions>;

export const MeetingParams = z.object({ meetingId: Uuid });
/** Removing a participant sends the participant's version (409 when someone changed it meanwhile). */
export const RemoveParticipantQuery = z.object({ version: z.coerce.number().int() });
export const ParticipantParams = z.object({ meetingId: Uuid, participantId: Uuid });
