import { MEETING_PHASES, type FieldError, type MeetingPhaseNotes, type MeetingRunSaved, type SaveMeetingRunRequest } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { requireEditableRun } from './run-state';
import type { MeetingCore } from './service';
import { claimMeetingVersion, type Tx } from './shared';

type SaveRun = z.output<typeof SaveMeetingRunRequest>;

const TEXT_FIELDS = ['worries', 'workingWell', 'nextSteps', 'professionalNotes', 'familyPlan', 'nextMeetingNote'] as const;

const runSelect = {
  caseId: true,
  type: true,
  status: true,
  minutesSharedAt: true,
  currentPhase: true,
  phaseNotes: true,
  worries: true,
  workingWell: true,
  nextSteps: true,
  professionalNotes: true,
  familyPlan: true,
  nextMeetingAt: true,
  nextMeetingNote: true,
  participants: { select: { id: true, attended: true } },
  questions: { select: { id: true, answer: true } },
} satisfies Prisma.MeetingSelect;
type RunRow = Prisma.MeetingGetPayload<{ select: typeof runSelect }>;

/** 400 for references the meeting does not have (a phase of another type, someone else's participant). */
function checkReferences(row: RunRow, input: SaveRun): void {
  const errors: FieldError[] = [];
  if (input.currentPhase && !MEETING_PHASES[row.type].includes(input.currentPhase))
    errors.push({ path: 'body.currentPhase', message: 'Fasen hører ikke til denne mødetype' });
  for (const phase of Object.keys(input.phaseNotes ?? {}))
    if (!MEETING_PHASES[row.type].includes(phase as never))
      errors.push({ path: `body.phaseNotes.${phase}`, message: 'Fasen hører ikke til denne mødetype' });
  if (input.familyPlan !== undefined && row.type !== 'FAMILY_GROUP_CONFERENCE')
    errors.push({ path: 'body.familyPlan', message: 'Kun en familierådslagning har en familiens plan' });
  const questions = new Set(row.questions.map((q) => q.id));
  input.answers?.forEach((answer, index) => {
    if (!questions.has(answer.questionId)) errors.push({ path: `body.answers.${index}.questionId`, message: 'Spørgsmålet hører ikke til mødet' });
  });
  const participants = new Set(row.participants.map((p) => p.id));
  input.attendance?.forEach((entry, index) => {
    if (!participants.has(entry.participantId))
      errors.push({ path: `body.attendance.${index}.participantId`, message: 'Deltageren er ikke inviteret til mødet' });
  });
  if (errors.length > 0) throw new DomainValidationError('Mødet kan ikke gemmes.', errors);
}

/** The meeting row's new values and the names of the fields that changed (never their text: the audit log keeps no notes). */
function changesOf(row: RunRow, input: SaveRun) {
  const data: Prisma.MeetingUncheckedUpdateManyInput = {};
  const texts: Record<string, string | null> = {};
  const changed: string[] = [];
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== row[field]) {
      texts[field] = value;
      changed.push(field);
    }
  }
  Object.assign(data, texts);
  if (input.currentPhase !== undefined && input.currentPhase !== row.currentPhase) {
    data.currentPhase = input.currentPhase;
    changed.push('currentPhase');
  }
  if (input.nextMeetingAt !== undefined && input.nextMeetingAt !== (row.nextMeetingAt?.toISOString() ?? null)) {
    data.nextMeetingAt = input.nextMeetingAt ? new Date(input.nextMeetingAt) : null;
    changed.push('nextMeetingAt');
  }
  if (input.phaseNotes) {
    // Merged per phase: a save of one phase's notes keeps the others.
    const stored = (row.phaseNotes ?? {}) as MeetingPhaseNotes;
    const merged: MeetingPhaseNotes = { ...stored };
    for (const [phase, notes] of Object.entries(input.phaseNotes) as [keyof MeetingPhaseNotes, string][]) {
      if (stored[phase] === notes) continue;
      merged[phase] = notes;
      changed.push(`phaseNotes.${phase}`);
    }
    data.phaseNotes = merged as Prisma.InputJsonValue;
  }
  return { data, changed };
}

async function writeAnswersAndAttendance(tx: Tx, meetingId: string, row: RunRow, input: SaveRun, changed: string[]) {
  const answers = new Map(row.questions.map((q) => [q.id, q.answer]));
  for (const { questionId, answer } of input.answers ?? []) {
    if (answers.get(questionId) === answer) continue;
    await tx.meetingQuestion.update({ where: { id: questionId, meetingId }, data: { answer } });
    changed.push(`answers.${questionId}`);
  }
  const attended = new Map(row.participants.map((p) => [p.id, p.attended]));
  for (const { participantId, attended: value } of input.attendance ?? []) {
    if (attended.get(participantId) === value) continue;
    await tx.meetingParticipant.update({ where: { id: participantId, meetingId }, data: { attended: value, version: { increment: 1 } } });
    changed.push(`attendance.${participantId}`);
  }
}

/**
 * The meeting screen's autosave (called every few seconds while someone types): versioned, so two
 * writers on the same version get one 200 and one 409 with the meeting as it now is.
 */
export async function saveMeetingRun(core: MeetingCore, ctx: RequestContext, meetingId: string, input: SaveRun): Promise<MeetingRunSaved> {
  return core.versioned(ctx, meetingId, () =>
    core.prisma.$transaction(async (tx) => {
      const row = await tx.meeting.findUnique({ where: { id: meetingId }, select: runSelect });
      if (!row) throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
      requireEditableRun(row, 'Mødet kan ikke gemmes');
      checkReferences(row, input);
      const { data, changed } = changesOf(row, input);
      const version = await claimMeetingVersion(tx, ctx, meetingId, input.version, data);
      await writeAnswersAndAttendance(tx, meetingId, row, input, changed);
      if (changed.length > 0) {
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Meeting',
          entityId: meetingId,
          caseId: row.caseId,
          details: { fields: changed, version },
        });
      }
      return { version, savedAt: ctx.now.toISOString(), savedBy: { id: ctx.actor.userId, name: ctx.actor.name } };
    }),
  );
}
