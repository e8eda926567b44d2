import {
  FIDELITY_ITEMS,
  MEETING_PHASES,
  PREPARATION_ITEMS,
  type ChecklistItemView,
  type ContactStatus,
  type MeetingDetail,
  type MeetingParticipant,
  type MeetingPhaseNotes,
  type MeetingRole,
  type MeetingSummary,
} from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import { contactStatusOf } from '../network-maps/contact-rules';
import { scoreSelect, toScaleScore } from '../scaling/store';
import { candidatesOf } from './candidates';
import { councilDeadlineOf } from './council-deadline';
import { followUpContextOf } from './follow-up-context';
import { decisionSelect, type Db } from './shared';
import { warningsOf } from './warnings';

const userRef = { select: { id: true, name: true } } as const;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const isoDay = (date: Date | null) => (date ? toIsoDate(date) : null);

export const summarySelect = {
  id: true,
  caseId: true,
  type: true,
  status: true,
  purpose: true,
  startsAt: true,
  place: true,
  leaderName: true,
  leaderUser: userRef,
  policeDocumentationOn: true,
  followUpOfId: true,
  heldAt: true,
  version: true,
  case: { select: { caseNumber: true, childFirstName: true } },
  _count: { select: { participants: true } },
} satisfies Prisma.MeetingSelect;

type SummaryRow = Prisma.MeetingGetPayload<{ select: typeof summarySelect }>;

function roleOf(user: { id: string; name: string } | null, name: string | null): MeetingRole {
  return { user, name: user ? user.name : name };
}

export function toSummary(row: SummaryRow, today: string): MeetingSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.case.caseNumber,
    childFirstName: row.case.childFirstName,
    type: row.type,
    status: row.status,
    purpose: row.purpose,
    startsAt: row.startsAt.toISOString(),
    place: row.place,
    leader: roleOf(row.leaderUser, row.leaderName),
    participantCount: row._count.participants,
    councilDeadline: councilDeadlineOf(row, today),
    followUpOfId: row.followUpOfId,
    version: row.version,
  };
}

const personContactSelect = {
  isProfessional: true,
  doNotContact: true,
  doNotContactReason: true,
  consents: { select: { givenOn: true, withdrawnOn: true } },
} satisfies Prisma.NetworkPersonSelect;

const detailSelect = {
  ...summarySelect,
  agenda: true,
  endsAt: true,
  neutralVenue: true,
  initiator: true,
  inviterUser: userRef,
  inviterName: true,
  noteTakerUser: userRef,
  noteTakerName: true,
  noteKind: true,
  coordinator: userRef,
  currentPhase: true,
  startedAt: true,
  cancelledAt: true,
  cancelledReason: true,
  phaseNotes: true,
  worries: true,
  workingWell: true,
  nextSteps: true,
  professionalNotes: true,
  nextMeetingAt: true,
  nextMeetingNote: true,
  privateTimeHeld: true,
  privateTimeStartedAt: true,
  privateTimeEndedAt: true,
  familyPlan: true,
  planApproval: true,
  planApprovalReason: true,
  planApprovedBy: userRef,
  planApprovedAt: true,
  fidelityRecordedAt: true,
  fidelityBy: userRef,
  fidelityNote: true,
  minutesSharedAt: true,
  updatedAt: true,
  updatedBy: userRef,
  createdBy: userRef,
  followUps: { select: { id: true }, orderBy: { startsAt: 'asc' } },
  case: {
    select: {
      caseNumber: true,
      childFirstName: true,
      childDateOfBirth: true,
      honourConflictSuspected: true,
      honourRiskAssessedOn: true,
      networkCouncilHeldOn: true,
    },
  },
  participants: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      kind: true,
      networkPersonId: true,
      userId: true,
      caseParentId: true,
      name: true,
      relation: true,
      mandatory: true,
      isInformant: true,
      briefing: true,
      invitedBy: userRef,
      invitedAt: true,
      channel: true,
      reply: true,
      repliedAt: true,
      expectationsAlignedOn: true,
      expectationsNote: true,
      attended: true,
      version: true,
      networkPerson: { select: personContactSelect },
    },
  },
  decisions: { orderBy: { position: 'asc' }, select: decisionSelect },
  questions: { orderBy: { position: 'asc' }, select: { id: true, position: true, text: true, answer: true } },
  checklist: { select: { kind: true, item: true, done: true, note: true } },
  scaleScores: { where: { withdrawnAt: null }, select: scoreSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.MeetingSelect;

export type DetailRow = Prisma.MeetingGetPayload<{ select: typeof detailSelect }>;

function checklistOf(row: DetailRow, kind: 'PREPARATION' | 'FIDELITY', items: readonly string[]): ChecklistItemView[] {
  const saved = new Map(row.checklist.filter((entry) => entry.kind === kind).map((entry) => [entry.item, entry]));
  return items.map((item) => ({ item, done: saved.get(item)?.done ?? false, note: saved.get(item)?.note ?? null }));
}

function participantOf(row: DetailRow['participants'][number], honour: DetailRow['case'], today: string): MeetingParticipant {
  const { networkPerson, ...rest } = row;
  return {
    ...rest,
    channel: row.channel as MeetingParticipant['channel'],
    isProfessional: row.kind === 'PROFESSIONAL' || (networkPerson?.isProfessional ?? false),
    invitedAt: iso(row.invitedAt),
    repliedAt: iso(row.repliedAt),
    expectationsAlignedOn: isoDay(row.expectationsAlignedOn),
    contact: networkPerson ? contactStatusOf(networkPerson, honour, today) : null,
  };
}

export interface DetailCan {
  plan: boolean;
  run: boolean;
  approvePlan: boolean;
  readProfessionalNotes: boolean;
}

/** The meeting as the meeting screen and the planning pages show it. */
/** A contact block without its reason: the risk flag's reason (e.g. a restraining order) is the case team's to know. */
function withoutReason(contact: ContactStatus): ContactStatus {
  return { ...contact, blocks: contact.blocks.map((block) => ({ reason: block.reason, message: WITHHELD_BLOCK_MESSAGE })) };
}
const WITHHELD_BLOCK_MESSAGE = 'Personen kan ikke inviteres. Spørg sagsbehandleren.';

export async function readMeetingDetail(
  db: Db,
  meetingId: string,
  now: Date,
  can: DetailCan,
  options: { withholdBlockReasons?: boolean } = {},
): Promise<MeetingDetail> {
  const row = await db.meeting.findUnique({ where: { id: meetingId }, select: detailSelect });
  if (!row) throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
  const today = copenhagenToday(now);
  const narrow = options.withholdBlockReasons ?? false;
  const participants = row.participants
    .map((participant) => participantOf(participant, row.case, today))
    .map((participant) => (narrow && participant.contact ? { ...participant, contact: withoutReason(participant.contact) } : participant));
  const [candidates, followUp] = await Promise.all([
    candidatesOf(db, row.caseId, participants, today),
    row.type === 'FOLLOW_UP_MEETING' ? followUpContextOf(db, row.caseId, row.id, row.followUpOfId) : null,
  ]);
  const isConference = row.type === 'FAMILY_GROUP_CONFERENCE';
  return {
    ...toSummary(row, today),
    child: { firstName: row.case.childFirstName, age: ageOn(toIsoDate(row.case.childDateOfBirth), today) },
    agenda: row.agenda,
    endsAt: iso(row.endsAt),
    neutralVenue: row.neutralVenue,
    initiator: row.initiator,
    inviter: roleOf(row.inviterUser, row.inviterName),
    noteTaker: roleOf(row.noteTakerUser, row.noteTakerName),
    noteKind: row.noteKind,
    coordinator: row.coordinator,
    policeDocumentationOn: isoDay(row.policeDocumentationOn),
    followUpIds: row.followUps.map((followUp) => followUp.id),
    currentPhase: row.currentPhase,
    phases: [...MEETING_PHASES[row.type]],
    startedAt: iso(row.startedAt),
    heldAt: iso(row.heldAt),
    cancelledAt: iso(row.cancelledAt),
    cancelledReason: row.cancelledReason,
    phaseNotes: (row.phaseNotes ?? {}) as MeetingPhaseNotes,
    worries: row.worries,
    workingWell: row.workingWell,
    nextSteps: row.nextSteps,
    professionalNotes: can.readProfessionalNotes ? row.professionalNotes : '',
    nextMeetingAt: iso(row.nextMeetingAt),
    nextMeetingNote: row.nextMeetingNote,
    participants,
    decisions: row.decisions.map((decision) => ({ ...decision, dueOn: isoDay(decision.dueOn) })),
    scores: row.scaleScores.map(toScaleScore),
    preparation: checklistOf(row, 'PREPARATION', PREPARATION_ITEMS),
    fidelity: {
      items: checklistOf(row, 'FIDELITY', FIDELITY_ITEMS[row.type]),
      note: row.fidelityNote,
      recordedAt: iso(row.fidelityRecordedAt),
      recordedBy: row.fidelityBy,
    },
    conference: isConference
      ? {
          questions: row.questions,
          privateTimeHeld: row.privateTimeHeld,
          privateTimeStartedAt: iso(row.privateTimeStartedAt),
          privateTimeEndedAt: iso(row.privateTimeEndedAt),
          familyPlan: row.familyPlan,
          approval: row.planApproval,
          approvalReason: row.planApprovalReason,
          approvedBy: row.planApprovedBy,
          approvedAt: iso(row.planApprovedAt),
        }
      : null,
    followUp,
    minutesSharedAt: iso(row.minutesSharedAt),
    candidates: narrow ? candidates.map((candidate) => ({ ...candidate, contact: withoutReason(candidate.contact) })) : candidates,
    warnings: warningsOf(row, participants, today),
    lastSaved: { at: row.updatedAt.toISOString(), by: row.updatedBy ?? row.createdBy },
    can,
    version: row.version,
  };
}
