import type { PlanMeetingData } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { networkContactBlocked } from '../cases/network-contact';
import { updateDeadlineDates } from '../deadlines/case-deadlines';
import { appendCaseEvent } from '../timeline/events';
import { insertParticipants } from './participant-store';
import { planColumns, validatePlanFields } from './plan-rules';

/**
 * Plans a meeting (issue 7 point 1). A network council starts from the police's documentation: the
 * case's 7-day deadline is set from it, and the young person and the custody holders are invited at
 * once as mandatory participants. A follow-up meeting names the meeting it follows up.
 */
export async function planMeeting(
  prisma: PrismaClient,
  ctx: RequestContext,
  caseId: string,
  input: PlanMeetingData,
): Promise<string> {
  const today = copenhagenToday(ctx.now);
  const errors = [];
  if (input.type === 'NETWORK_COUNCIL' && !input.policeDocumentationOn)
    errors.push({ path: 'body.policeDocumentationOn', message: 'Angiv datoen for politiets dokumentation' });
  if (input.policeDocumentationOn && input.policeDocumentationOn > today)
    errors.push({ path: 'body.policeDocumentationOn', message: 'Datoen for politiets dokumentation kan ikke ligge i fremtiden' });
  if (input.type !== 'NETWORK_COUNCIL' && input.policeDocumentationOn)
    errors.push({ path: 'body.policeDocumentationOn', message: 'Politiets dokumentation hører kun til et netværkssamråd' });
  if (input.type === 'FOLLOW_UP_MEETING' && !input.followUpOfId)
    errors.push({ path: 'body.followUpOfId', message: 'Vælg det møde, der følges op på' });
  if (errors.length > 0) throw new DomainValidationError('Mødet kan ikke planlægges.', errors);

  return prisma.$transaction(async (tx) => {
    await validatePlanFields(tx, ctx, caseId, input.type, input);
    if (input.followUpOfId) {
      const previous = await tx.meeting.count({ where: { id: input.followUpOfId, caseId } });
      if (previous === 0)
        throw new DomainValidationError('Mødet kan ikke planlægges.', [
          { path: 'body.followUpOfId', message: 'Mødet der følges op på, hører ikke til sagen' },
        ]);
    }
    const meeting = await tx.meeting.create({
      data: {
        caseId,
        type: input.type,
        ...planColumns(input),
        coordinatorId: input.type === 'FAMILY_GROUP_CONFERENCE' ? input.coordinatorId : null,
        policeDocumentationOn: input.policeDocumentationOn ? new Date(`${input.policeDocumentationOn}T00:00:00Z`) : null,
        followUpOfId: input.followUpOfId,
        createdById: ctx.actor.userId,
        createdUnitId: ctx.actor.unitId,
        updatedById: ctx.actor.userId,
        createdAt: ctx.now,
      },
      select: { id: true },
    });
    if (input.type === 'NETWORK_COUNCIL' && input.policeDocumentationOn) {
      await updateDeadlineDates(tx, caseId, { policeDocumentationOn: input.policeDocumentationOn, networkCouncilHeldOn: null });
      const kase = await tx.case.findUniqueOrThrow({
        where: { id: caseId },
        select: {
          honourConflictSuspected: true,
          honourRiskAssessedOn: true,
          parents: { where: { removedAt: null, hasCustody: true }, select: { id: true } },
        },
      });
      // The honour-risk rule holds the custody holders back until the risk is assessed; the
      // meeting then warns that the mandatory invitees are missing.
      const parents = networkContactBlocked(kase) ? [] : kase.parents;
      await insertParticipants(
        tx,
        ctx,
        caseId,
        meeting.id,
        [{ kind: 'CHILD' }, ...parents.map((parent) => ({ kind: 'CUSTODY_HOLDER' as const, caseParentId: parent.id }))],
        { mandatory: true },
      );
    }
    await appendAudit(tx, ctx, {
      action: 'CREATE',
      entityType: 'Meeting',
      entityId: meeting.id,
      caseId,
      details: { type: input.type, followUpOfId: input.followUpOfId },
    });
    await appendCaseEvent(tx, ctx, {
      caseId,
      kind: 'meeting.planned',
      entityType: 'Meeting',
      entityId: meeting.id,
      data: { type: input.type, startsAt: input.startsAt },
    });
    return meeting.id;
  });
}
