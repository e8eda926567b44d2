import type {
  CancelMeetingRequest,
  MeetingDetail,
  SavePreparationRequest,
  UpdateMeetingPlanData,
} from '@inddrag/contracts';
import { grantFor } from '../../access/case-scope';
import type { RequestContext } from '../../lib/context';
import { RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { planColumns, validatePlanFields } from './plan-rules';
import type { MeetingCore } from './service';
import { claimMeetingVersion, meetingOf, requireMeetingStatus } from './shared';

const OPEN = ['PLANNED', 'IN_PROGRESS'] as const;

const planSelect = {
  purpose: true,
  agenda: true,
  startsAt: true,
  endsAt: true,
  place: true,
  neutralVenue: true,
  initiator: true,
  inviterUserId: true,
  inviterName: true,
  leaderUserId: true,
  leaderName: true,
  noteTakerUserId: true,
  noteTakerName: true,
  noteKind: true,
  coordinatorId: true,
} as const;

type PlanColumns = { [K in keyof typeof planSelect]: string | boolean | Date | null };

const comparable = (value: string | boolean | Date | null) => (value instanceof Date ? value.toISOString() : value);

/** The plan's column names whose value the write changes (for the audit record and the timeline). */
function changedPlanFields(before: PlanColumns, after: PlanColumns): string[] {
  return (Object.keys(planSelect) as (keyof typeof planSelect)[]).filter(
    (key) => comparable(before[key]) !== comparable(after[key]),
  );
}

/** Changing the plan, the preparation checklist, and cancelling (issue 7 point 1). */
export function createPlanWrites(core: MeetingCore) {
  const { prisma } = core;

  return {
    /**
     * Changes the plan by the same rules as planning it. A coordinator may change his conference's
     * plan, but only the case's workers choose (or change) the coordinator: he stays independent.
     */
    async updatePlan(ctx: RequestContext, meetingId: string, input: UpdateMeetingPlanData): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Planen kan ikke ændres');
      if (grantFor(ctx.actor, 'meeting.edit') === 'coordinated' && input.coordinatorId !== meeting.coordinatorId) {
        throw new RuleViolationError('Kun sagens rådgivere kan vælge samordneren.', [
          { path: 'body.coordinatorId', message: 'Samordneren kan ikke ændre, hvem der er samordner' },
        ]);
      }
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          await validatePlanFields(tx, ctx, meeting.caseId, meeting.type, input);
          const before = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: planSelect });
          const after = { ...planColumns(input), coordinatorId: input.coordinatorId } satisfies PlanColumns;
          const fields = changedPlanFields(before, after);
          await claimMeetingVersion(tx, ctx, meetingId, input.version, after);
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Meeting',
            entityId: meetingId,
            caseId: meeting.caseId,
            details: { fields },
          });
          if (fields.length > 0) {
            await appendCaseEvent(tx, ctx, {
              caseId: meeting.caseId,
              kind: 'meeting.replanned',
              entityType: 'Meeting',
              entityId: meetingId,
              data: { type: meeting.type, startsAt: input.startsAt, fields: fields.join(',') },
            });
          }
        }),
      );
      return core.detail(ctx, meetingId);
    },

    /** The preparation checklist: each item ticked or not, with a note; saved per item. */
    async savePreparation(
      ctx: RequestContext,
      meetingId: string,
      input: SavePreparationRequest,
    ): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Forberedelsen kan ikke ændres');
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          await claimMeetingVersion(tx, ctx, meetingId, input.version);
          for (const entry of input.items) {
            const values = { done: entry.done, note: entry.note?.trim() || null };
            await tx.meetingChecklistItem.upsert({
              where: { meetingId_kind_item: { meetingId, kind: 'PREPARATION', item: entry.item } },
              create: { meetingId, kind: 'PREPARATION', item: entry.item, ...values },
              update: values,
            });
          }
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'MeetingPreparation',
            entityId: meetingId,
            caseId: meeting.caseId,
            details: { done: input.items.filter((entry) => entry.done).map((entry) => entry.item) },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },

    /**
     * Cancels a meeting that has not been held. A cancelled network council was never held, so the
     * case's deadline still runs from the police's documentation: the case's dates stay as they are.
     */
    async cancel(ctx: RequestContext, meetingId: string, input: CancelMeetingRequest): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Mødet kan ikke aflyses');
      const reason = input.reason.trim();
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          await claimMeetingVersion(tx, ctx, meetingId, input.version, {
            status: 'CANCELLED',
            cancelledAt: ctx.now,
            cancelledReason: reason,
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Meeting',
            entityId: meetingId,
            caseId: meeting.caseId,
            details: { status: 'CANCELLED', reason },
          });
          await appendCaseEvent(tx, ctx, {
            caseId: meeting.caseId,
            kind: 'meeting.cancelled',
            entityType: 'Meeting',
            entityId: meetingId,
            data: { type: meeting.type, startsAt: meeting.startsAt.toISOString(), reason },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },
  };
}
