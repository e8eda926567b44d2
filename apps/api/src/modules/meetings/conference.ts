import type {
  ApproveFamilyPlanRequest,
  MeetingDetail,
  PrivateFamilyTimeRequest,
  SaveConferenceQuestionsRequest,
} from '@inddrag/contracts';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { DomainValidationError, RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import type { MeetingCore } from './service';
import { claimMeetingVersion, meetingOf, requireMeetingStatus, type MeetingFacts, type Tx } from './shared';

type QuestionsData = z.output<typeof SaveConferenceQuestionsRequest>;
type ApprovalData = z.output<typeof ApproveFamilyPlanRequest>;

function requireConference(meeting: MeetingFacts, what: string): void {
  if (meeting.type !== 'FAMILY_GROUP_CONFERENCE')
    throw new RuleViolationError(`${what}: det hører kun til en familierådslagning.`);
}

/** Replaces the questions, keeping the ids the caller sends so the family's answers stay with them. */
async function replaceQuestions(tx: Tx, meetingId: string, questions: QuestionsData['questions']) {
  const existing = await tx.meetingQuestion.findMany({ where: { meetingId }, select: { id: true } });
  const known = new Set(existing.map((question) => question.id));
  const errors = questions.flatMap((question, index) =>
    question.id && !known.has(question.id)
      ? [{ path: `body.questions.${index}.id`, message: 'Spørgsmålet hører ikke til denne familierådslagning' }]
      : [],
  );
  const ids = questions.flatMap((question) => (question.id ? [question.id] : []));
  if (new Set(ids).size !== ids.length) errors.push({ path: 'body.questions', message: 'Et spørgsmål står to gange' });
  if (errors.length > 0) throw new DomainValidationError('Spørgsmålene kan ikke gemmes.', errors);

  const kept = new Set(ids);
  const removed = existing.filter((question) => !kept.has(question.id)).map((question) => question.id);
  if (removed.length > 0) await tx.meetingQuestion.deleteMany({ where: { id: { in: removed } } });
  for (const [position, question] of questions.entries()) {
    if (question.id) await tx.meetingQuestion.update({ where: { id: question.id }, data: { text: question.text, position } });
    else await tx.meetingQuestion.create({ data: { meetingId, text: question.text, position } });
  }
  return { count: questions.length, removed: removed.length };
}

/** Family group conference (domain.md §2.9): questions, private family time, the caseworker's approval. */
export function createConferenceService(core: MeetingCore) {
  const { prisma } = core;

  return {
    /** The questions the family is to answer, formulated with the referring caseworker. */
    async saveQuestions(ctx: RequestContext, meetingId: string, input: QuestionsData): Promise<MeetingDetail> {
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          const meeting = await meetingOf(tx, meetingId);
          requireConference(meeting, 'Spørgsmål til familien');
          requireMeetingStatus(meeting.status, ['PLANNED', 'IN_PROGRESS', 'HELD'], 'Spørgsmålene kan ikke ændres');
          const row = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { planApproval: true } });
          if (row.planApproval)
            throw new RuleViolationError('Spørgsmålene kan ikke ændres, når der er truffet beslutning om familiens plan.');
          await claimMeetingVersion(tx, ctx, meetingId, input.version);
          const details = await replaceQuestions(tx, meetingId, input.questions);
          await appendAudit(tx, ctx, { action: 'UPDATE', entityType: 'MeetingQuestion', entityId: meetingId, caseId: meeting.caseId, details });
        }),
      );
      return core.detail(ctx, meetingId);
    },

    /** Records that private family time was held: no professionals in the room while it runs. */
    async privateTime(ctx: RequestContext, meetingId: string, input: PrivateFamilyTimeRequest): Promise<MeetingDetail> {
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          const meeting = await meetingOf(tx, meetingId);
          requireConference(meeting, 'Familiens egen tid');
          requireMeetingStatus(meeting.status, ['IN_PROGRESS'], 'Familiens egen tid kan kun registreres under mødet');
          const row = await tx.meeting.findUniqueOrThrow({
            where: { id: meetingId },
            select: { privateTimeStartedAt: true, privateTimeEndedAt: true },
          });
          const running = row.privateTimeStartedAt !== null && row.privateTimeEndedAt === null;
          if (input.action === 'START' && running) throw new RuleViolationError('Familiens egen tid er allerede i gang.');
          if (input.action === 'END' && !running) throw new RuleViolationError('Familiens egen tid er ikke startet.');
          await claimMeetingVersion(
            tx,
            ctx,
            meetingId,
            input.version,
            input.action === 'START'
              ? { privateTimeStartedAt: ctx.now, privateTimeEndedAt: null }
              : { privateTimeEndedAt: ctx.now, privateTimeHeld: true },
          );
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Meeting',
            entityId: meetingId,
            caseId: meeting.caseId,
            details: { privateFamilyTime: input.action },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },

    /** The caseworker's decision on the family's plan; it can be changed later (versioned). */
    async approvePlan(ctx: RequestContext, meetingId: string, input: ApprovalData): Promise<MeetingDetail> {
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          const meeting = await meetingOf(tx, meetingId);
          requireConference(meeting, 'Godkendelse af familiens plan');
          requireMeetingStatus(meeting.status, ['IN_PROGRESS', 'HELD'], 'Familiens plan kan ikke godkendes');
          const row = await tx.meeting.findUniqueOrThrow({
            where: { id: meetingId },
            select: { familyPlan: true, planApproval: true },
          });
          if (!row.familyPlan.trim())
            throw new RuleViolationError('Familiens plan er ikke skrevet endnu: der er ikke noget at godkende.');
          const revised = input.decision === 'REVISED' && input.revisedPlan ? input.revisedPlan : null;
          await claimMeetingVersion(tx, ctx, meetingId, input.version, {
            planApproval: input.decision,
            planApprovalReason: input.decision === 'APPROVED' ? input.reason || null : input.reason,
            planApprovedById: ctx.actor.userId,
            planApprovedAt: ctx.now,
            ...(revised ? { familyPlan: revised } : {}),
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Meeting',
            entityId: meetingId,
            caseId: meeting.caseId,
            reason: input.reason,
            // The family's own plan stays on record when the revised one replaces it.
            details: { decision: input.decision, previousDecision: row.planApproval, ...(revised ? { originalPlan: row.familyPlan } : {}) },
          });
          await appendCaseEvent(tx, ctx, {
            caseId: meeting.caseId,
            kind: 'meeting.planApproved',
            entityType: 'Meeting',
            entityId: meetingId,
            data: { decision: input.decision, type: meeting.type },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },
  };
}
