import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, requiredText, Uuid } from './common';
import { MeetingPhase, MeetingType, ChecklistEntry, MeetingNoteKind } from './meetings';
import { ScaleScoreInput } from './scaling';
import { UserRef } from './units';

// The meeting itself (domain.md §2.8): attendance, the agenda phases, notes in the three columns,
// scale scores from each participant, decisions and agreements (what, who, by when) that become
// part-2 agreements of the network map in one step; the minutes; method fidelity afterwards.
// The meeting screen autosaves the run document with the version it started from (409 when stale).


/** Notes per agenda phase. */
export const MeetingPhaseNotes = z
  .partialRecord(MeetingPhase, limitedText(20_000, 'Noterne'))
  .meta({ id: 'MeetingPhaseNotes' });
export type MeetingPhaseNotes = z.infer<typeof MeetingPhaseNotes>;

/** What the meeting screen autosaves. Fields left out are kept as they are. */
export const SaveMeetingRunRequest = z
  .object({
    version: z.number().int(),
    currentPhase: MeetingPhase.nullable().optional(),
    phaseNotes: MeetingPhaseNotes.optional(),
    worries: limitedText(20_000, 'Det vi er bekymrede for').optional(),
    workingWell: limitedText(20_000, 'Det der går godt').optional(),
    nextSteps: limitedText(20_000, 'Det der skal ske').optional(),
    /** Not in the minutes network participants get. */
    professionalNotes: limitedText(20_000, 'De faglige noter').optional(),
    nextMeetingAt: IsoDateTime.nullable().optional(),
    nextMeetingNote: limitedText(1000, 'Noten om næste møde').nullable().optional(),
    /** Family group conference: the family's plan and its answers to the questions (by question id). */
    familyPlan: limitedText(20_000, 'Familiens plan').optional(),
    answers: z.array(z.object({ questionId: Uuid, answer: limitedText(10_000, 'Svaret') })).max(30).optional(),
    /** Attendance, by participant id. */
    attendance: z.array(z.object({ participantId: Uuid, attended: z.boolean().nullable() })).max(60).optional(),
  })
  .meta({ id: 'SaveMeetingRunRequest' });
export type SaveMeetingRunRequest = z.input<typeof SaveMeetingRunRequest>;

export const MeetingRunSaved = z
  .object({ version: z.number().int(), savedAt: IsoDateTime, savedBy: UserRef })
  .meta({ id: 'MeetingRunSaved' });
export type MeetingRunSaved = z.infer<typeof MeetingRunSaved>;

export const MeetingDecisionKind = z.enum(['AGREEMENT', 'INITIATIVE', 'DUTY']).meta({ id: 'MeetingDecisionKind' });
export type MeetingDecisionKind = z.infer<typeof MeetingDecisionKind>;

export const MeetingDecisionInput = z
  .object({
    kind: MeetingDecisionKind.default('AGREEMENT'),
    what: requiredText(2000, 'Hvad', 'Skriv hvad der er aftalt'),
    who: requiredText(300, 'Hvem', 'Skriv hvem der gør det'),
    /** The network person who carries it out, when it is one (needed to make a part-2 agreement). */
    networkPersonId: Uuid.nullable().default(null),
    responsibleUserId: Uuid.nullable().default(null),
    dueOn: IsoDate.nullable().default(null),
  })
  // Not "MeetingDecisionInput": the OpenAPI generator names MeetingDecision's input form that, and the two would collide.
  .meta({ id: 'MeetingDecisionFields' });
export type MeetingDecisionInput = z.input<typeof MeetingDecisionInput>;

export const MeetingDecision = z
  .object({
    id: Uuid,
    position: z.number().int(),
    kind: MeetingDecisionKind,
    what: z.string(),
    who: z.string(),
    networkPersonId: Uuid.nullable(),
    responsibleUser: UserRef.nullable(),
    dueOn: IsoDate.nullable(),
    networkAgreementId: Uuid.nullable(),
    actionPlanTaskId: Uuid.nullable(),
  })
  .meta({ id: 'MeetingDecision' });
export type MeetingDecision = z.infer<typeof MeetingDecision>;

export const DecisionParams = z.object({ meetingId: Uuid, decisionId: Uuid });

/** Adding or changing a decision: decisions carry no version of their own, so the meeting's is sent. */
export const MeetingDecisionWrite = MeetingDecisionInput.extend({ version: z.number().int() }).meta({
  id: 'MeetingDecisionWrite',
});
export type MeetingDecisionWrite = z.input<typeof MeetingDecisionWrite>;

/** A step that changes only the meeting's status (start, share the minutes): the version seen. */
export const MeetingVersionRequest = z.object({ version: z.number().int() }).meta({ id: 'MeetingVersionRequest' });
export type MeetingVersionRequest = z.input<typeof MeetingVersionRequest>;

/** Turn decisions with a network person into part-2 agreements of the network map, in one step. */
export const CreateAgreementsRequest = z
  .object({ decisionIds: z.array(Uuid).min(1, 'Vælg mindst én aftale').max(50) })
  .meta({ id: 'CreateAgreementsRequest' });
export type CreateAgreementsRequest = z.input<typeof CreateAgreementsRequest>;

/** Scale scores given at the meeting; the meeting links them. */
export const RecordMeetingScoresRequest = z
  .object({ scores: z.array(ScaleScoreInput).min(1, 'Angiv mindst én score').max(50) })
  .meta({ id: 'RecordMeetingScoresRequest' });
export type RecordMeetingScoresRequest = z.input<typeof RecordMeetingScoresRequest>;

export const FinishMeetingRequest = z
  .object({ version: z.number().int(), heldAt: IsoDateTime.nullable().default(null) })
  .meta({ id: 'FinishMeetingRequest' });
export type FinishMeetingRequest = z.input<typeof FinishMeetingRequest>;

// --- Method fidelity -----------------------------------------------------------------------------

/** What each method requires (domain.md §5), filled in after the meeting. */
export const FIDELITY_ITEMS: Record<MeetingType, readonly string[]> = {
  NETWORK_MEETING: [
    'NEUTRAL_FACILITATOR',
    'PRIVATE_NETWORK_PRESENT',
    'CHILD_VOICE_HEARD',
    'FAMILY_CHOSE_INVITEES',
    'AGREEMENTS_WITH_NAMES_AND_DATES',
    'SCALING_DONE',
    'NEXT_MEETING_SET',
  ],
  FOLLOW_UP_MEETING: [
    'NEUTRAL_FACILITATOR',
    'PRIVATE_NETWORK_PRESENT',
    'MAP_REVISITED',
    'AGREEMENTS_FOLLOWED_UP',
    'SCALING_DONE',
    'NEXT_MEETING_SET',
  ],
  FAMILY_GROUP_CONFERENCE: [
    'INDEPENDENT_COORDINATOR',
    'QUESTIONS_AGREED',
    'INFORMATION_PART_HELD',
    'PRIVATE_FAMILY_TIME_HELD',
    'PLAN_APPROVED',
    'FOLLOW_UP_SET',
  ],
  NETWORK_COUNCIL: [
    'WITHIN_DEADLINE',
    'YOUNG_PERSON_PRESENT',
    'CUSTODY_HOLDERS_INVITED',
    'NETWORK_INCLUDED',
    'PLAN_WITH_DUTIES',
    'FOLLOW_UP_SET',
  ],
};

export const SaveFidelityRequest = z
  .object({
    version: z.number().int(),
    items: z.array(ChecklistEntry).min(1).max(20),
    note: limitedText(2000, 'Noten').nullable().default(null),
  })
  .meta({ id: 'SaveFidelityRequest' });
export type SaveFidelityRequest = z.input<typeof SaveFidelityRequest>;

// --- Minutes -------------------------------------------------------------------------------------

/** Professional minutes for the case; the network version leaves out the professional notes. */
export const MinutesAudience = z.enum(['PROFESSIONAL', 'NETWORK']).meta({ id: 'MinutesAudience' });
export type MinutesAudience = z.infer<typeof MinutesAudience>;

export const MinutesQuery = z.object({ audience: MinutesAudience.default('PROFESSIONAL') });

export const MeetingMinutes = z
  .object({
    meetingId: Uuid,
    audience: MinutesAudience,
    type: MeetingType,
    noteKind: MeetingNoteKind,
    childFirstName: z.string(),
    caseNumber: z.string().nullable(),
    purpose: z.string(),
    startsAt: IsoDateTime,
    heldAt: IsoDateTime.nullable(),
    place: z.string(),
    leaderName: z.string().nullable(),
    noteTakerName: z.string().nullable(),
    present: z.array(z.object({ name: z.string(), relation: z.string() })),
    absent: z.array(z.object({ name: z.string(), relation: z.string() })),
    phases: z.array(z.object({ phase: MeetingPhase, notes: z.string() })),
    worries: z.string(),
    workingWell: z.string(),
    nextSteps: z.string(),
    decisions: z.array(
      z.object({ kind: MeetingDecisionKind, what: z.string(), who: z.string(), dueOn: IsoDate.nullable() }),
    ),
    scores: z.array(
      z.object({ respondent: z.string(), score: z.number().int(), question: z.string(), reason: z.string().nullable() }),
    ),
    familyPlan: z.string().nullable(),
    questions: z.array(z.object({ text: z.string(), answer: z.string() })),
    planApproval: z.string().nullable(),
    nextMeetingAt: IsoDateTime.nullable(),
    nextMeetingNote: z.string().nullable(),
    /** Only in the professional version. */
    professionalNotes: z.string().nullable(),
    municipalityName: z.string(),
    sharedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'MeetingMinutes' });
export type MeetingMinutes = z.infer<typeof MeetingMinutes>;
