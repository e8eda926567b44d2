import { MEETING_PHASES, type MeetingMinutes, type MeetingPhaseNotes, type MinutesAudience } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, toIsoDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import { renderPdf } from '../../lib/pdf/render';
import { recordAudit } from '../audit/service';
import { minutesDocument } from './minutes-document';
import { requireMeetingStatus } from './shared';

const minutesSelect = {
  id: true,
  caseId: true,
  type: true,
  status: true,
  noteKind: true,
  purpose: true,
  startsAt: true,
  heldAt: true,
  place: true,
  leaderName: true,
  leaderUser: { select: { name: true } },
  noteTakerName: true,
  noteTakerUser: { select: { name: true } },
  phaseNotes: true,
  worries: true,
  workingWell: true,
  nextSteps: true,
  professionalNotes: true,
  familyPlan: true,
  planApproval: true,
  planApprovalReason: true,
  nextMeetingAt: true,
  nextMeetingNote: true,
  minutesSharedAt: true,
  case: { select: { caseNumber: true, childFirstName: true } },
  participants: { orderBy: { position: 'asc' }, select: { name: true, relation: true, attended: true, reply: true } },
  decisions: { orderBy: { position: 'asc' }, select: { kind: true, what: true, who: true, dueOn: true } },
  questions: { orderBy: { position: 'asc' }, select: { text: true, answer: true } },
  scaleScores: {
    where: { withdrawnAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { respondent: true, score: true, question: true, reason: true },
  },
} satisfies Prisma.MeetingSelect;
type MinutesRow = Prisma.MeetingGetPayload<{ select: typeof minutesSelect }>;

const APPROVAL_TEXT = { APPROVED: 'Godkendt', REVISED: 'Godkendt med ændringer', REJECTED: 'Ikke godkendt' } as const;

/**
 * The minutes as data (issue 7 point 8). The NETWORK version is the one the family and the private
 * network get: no professional notes, no case number; neither version carries a CPR number or
 * anyone's contact details (they are never selected).
 */
function minutesOf(row: MinutesRow, audience: MinutesAudience, municipalityName: string): MeetingMinutes {
  const notes = (row.phaseNotes ?? {}) as MeetingPhaseNotes;
  const person = ({ name, relation }: { name: string; relation: string }) => ({ name, relation });
  const isConference = row.type === 'FAMILY_GROUP_CONFERENCE';
  return {
    meetingId: row.id,
    audience,
    type: row.type,
    noteKind: row.noteKind,
    childFirstName: row.case.childFirstName,
    caseNumber: audience === 'PROFESSIONAL' ? row.case.caseNumber : null,
    purpose: row.purpose,
    startsAt: row.startsAt.toISOString(),
    heldAt: row.heldAt?.toISOString() ?? null,
    place: row.place,
    leaderName: row.leaderUser?.name ?? row.leaderName,
    noteTakerName: row.noteTakerUser?.name ?? row.noteTakerName,
    present: row.participants.filter((p) => p.attended === true).map(person),
    absent: row.participants.filter((p) => p.attended === false || (p.attended === null && p.reply === 'NOT_COMING')).map(person),
    phases: MEETING_PHASES[row.type]
      .map((phase) => ({ phase, notes: notes[phase]?.trim() ?? '' }))
      .filter((entry) => entry.notes !== ''),
    worries: row.worries,
    workingWell: row.workingWell,
    nextSteps: row.nextSteps,
    decisions: row.decisions.map((d) => ({ kind: d.kind, what: d.what, who: d.who, dueOn: d.dueOn ? toIsoDate(d.dueOn) : null })),
    scores: row.scaleScores,
    familyPlan: isConference ? row.familyPlan : null,
    questions: isConference ? row.questions.map((q) => ({ text: q.text, answer: q.answer })) : [],
    planApproval: row.planApproval
      ? `${APPROVAL_TEXT[row.planApproval]}${row.planApprovalReason ? `: ${row.planApprovalReason}` : ''}`
      : null,
    nextMeetingAt: row.nextMeetingAt?.toISOString() ?? null,
    nextMeetingNote: row.nextMeetingNote,
    professionalNotes: audience === 'PROFESSIONAL' ? row.professionalNotes : null,
    municipalityName,
    sharedAt: row.minutesSharedAt?.toISOString() ?? null,
  };
}

async function readMinutes(prisma: PrismaClient, ctx: RequestContext, meetingId: string, audience: MinutesAudience, format: 'json' | 'pdf') {
  const row = await prisma.meeting.findUnique({ where: { id: meetingId }, select: minutesSelect });
  if (!row) throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
  requireMeetingStatus(row.status, ['IN_PROGRESS', 'HELD'], 'Der er ikke noget referat');
  const minutes = minutesOf(row, audience, ctx.actor.municipalityName);
  await recordAudit(prisma, ctx, {
    action: 'READ',
    entityType: 'MeetingMinutes',
    entityId: meetingId,
    caseId: row.caseId,
    details: { audience, format },
  });
  return minutes;
}

export function meetingMinutes(prisma: PrismaClient, ctx: RequestContext, meetingId: string, audience: MinutesAudience): Promise<MeetingMinutes> {
  return readMinutes(prisma, ctx, meetingId, audience, 'json');
}

/** The same minutes as an A4 PDF, with a file name that says what it is (no CPR, no names). */
export async function meetingMinutesPdf(prisma: PrismaClient, ctx: RequestContext, meetingId: string, audience: MinutesAudience) {
  const minutes = await readMinutes(prisma, ctx, meetingId, audience, 'pdf');
  const day = copenhagenToday(new Date(minutes.heldAt ?? minutes.startsAt));
  const fileName = `referat-${day}${audience === 'NETWORK' ? '-netvaerk' : ''}.pdf`;
  return { fileName, pdf: await renderPdf(minutesDocument(minutes)) };
}
