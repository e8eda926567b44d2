import { z } from 'zod';
import { IsoDate, IsoDateTime, Uuid } from './common';
import { PlanApproval } from './conferences';
import { MeetingDecision, MeetingPhaseNotes } from './meeting-run';
import {
  CouncilDeadline,
  MeetingCandidate,
  MeetingNoteKind,
  MeetingParticipant,
  MeetingPhase,
  MeetingRole,
  MeetingStatus,
  MeetingType,
  MeetingWarning,
} from './meetings';
import { ScalePerspective, ScaleScore } from './scaling';
import { UserRef } from './units';

export const ChecklistItemView = z
  .object({ item: z.string(), done: z.boolean(), note: z.string().nullable() })
  .meta({ id: 'ChecklistItemView' });
export type ChecklistItemView = z.infer<typeof ChecklistItemView>;

/** What a follow-up meeting revisits: the earlier meeting's agreements, the scores, the map. */
export const FollowUpContext = z
  .object({
    previousMeeting: z.object({ id: Uuid, type: MeetingType, startsAt: IsoDateTime }).nullable(),
    previousDecisions: z.array(MeetingDecision.extend({ agreementStatus: z.string().nullable() })),
    latestScores: z.array(
      z.object({ perspective: ScalePerspective, respondent: z.string(), score: z.number().int(), scoredOn: IsoDate }),
    ),
    /** The child's own map, to revisit: a new version with occasion "opfølgningsmøde" is proposed. */
    map: z.object({ id: Uuid, version: z.number().int(), updatedAt: IsoDateTime }).nullable(),
    mapRevisedAtMeeting: z.boolean(),
    /** The goals of the child's plan, to revisit (empty when the case has no plan yet). */
    planGoals: z.array(z.object({ id: Uuid, area: z.string(), goal: z.string(), reviewOn: IsoDate.nullable() })),
  })
  .meta({ id: 'FollowUpContext' });
export type FollowUpContext = z.infer<typeof FollowUpContext>;

export const MeetingDetail = z
  .object({
    id: Uuid,
    caseId: Uuid,
    caseNumber: z.string(),
    child: z.object({ firstName: z.string(), age: z.number().int() }),
    type: MeetingType,
    status: MeetingStatus,
    purpose: z.string(),
    agenda: z.string(),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime.nullable(),
    place: z.string(),
    neutralVenue: z.boolean(),
    initiator: z.string(),
    inviter: MeetingRole,
    leader: MeetingRole,
    noteTaker: MeetingRole,
    noteKind: MeetingNoteKind,
    coordinator: UserRef.nullable(),
    policeDocumentationOn: IsoDate.nullable(),
    councilDeadline: CouncilDeadline.nullable(),
    followUpOfId: Uuid.nullable(),
    followUpIds: z.array(Uuid),
    currentPhase: MeetingPhase.nullable(),
    phases: z.array(MeetingPhase),
    startedAt: IsoDateTime.nullable(),
    heldAt: IsoDateTime.nullable(),
    cancelledAt: IsoDateTime.nullable(),
    cancelledReason: z.string().nullable(),
    phaseNotes: MeetingPhaseNotes,
    worries: z.string(),
    workingWell: z.string(),
    nextSteps: z.string(),
    professionalNotes: z.string(),
    nextMeetingAt: IsoDateTime.nullable(),
    nextMeetingNote: z.string().nullable(),
    participants: z.array(MeetingParticipant),
    decisions: z.array(MeetingDecision),
    scores: z.array(ScaleScore),
    preparation: z.array(ChecklistItemView),
    fidelity: z.object({
      items: z.array(ChecklistItemView),
      note: z.string().nullable(),
      recordedAt: IsoDateTime.nullable(),
      recordedBy: UserRef.nullable(),
    }),
    conference: z
      .object({
        questions: z.array(z.object({ id: Uuid, position: z.number().int(), text: z.string(), answer: z.string() })),
        privateTimeHeld: z.boolean(),
        privateTimeStartedAt: IsoDateTime.nullable(),
        privateTimeEndedAt: IsoDateTime.nullable(),
        familyPlan: z.string(),
        approval: PlanApproval.nullable(),
        approvalReason: z.string().nullable(),
        approvedBy: UserRef.nullable(),
        approvedAt: IsoDateTime.nullable(),
      })
      .nullable(),
    followUp: FollowUpContext.nullable(),
    minutesSharedAt: IsoDateTime.nullable(),
    /** Who may be invited, with the map's contact rules applied. */
    candidates: z.array(MeetingCandidate),
    warnings: z.array(MeetingWarning),
    lastSaved: z.object({ at: IsoDateTime, by: UserRef.nullable() }),
    can: z.object({
      /** Change the plan, participants, preparation; cancel. */
      plan: z.boolean(),
      /** Start, run and finish the meeting; record fidelity; share minutes. */
      run: z.boolean(),
      /** Approve the family's plan (Myndighed). */
      approvePlan: z.boolean(),
      /** Read the professional notes and minutes (a coordinator sees the conference's own). */
      readProfessionalNotes: z.boolean(),
    }),
    version: z.number().int(),
  })
  .meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/**
 * Turning decisions into part-2 agreements answers the meeting as it now is, the decisions that
 * became agreements, and those skipped (already an agreement, or no network person to make it with):
 * skipping makes a repeated click harmless. (Here, not in meeting-run.ts, because it holds a MeetingDetail.)
 */
export const CreateAgreementsResponse = z
  .object({
    meeting: MeetingDetail,
    created: z.array(z.object({ decisionId: Uuid, agreementId: Uuid })),
    skipped: z.array(z.object({ decisionId: Uuid, reason: z.enum(['ALREADY_CREATED', 'NO_NETWORK_PERSON']) })),
  })
  .meta({ id: 'CreateAgreementsResponse' });
export type CreateAgreementsResponse = z.infer<typeof CreateAgreementsResponse>;
