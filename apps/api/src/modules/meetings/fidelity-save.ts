import { FIDELITY_ITEMS, type FieldError, type MeetingDetail, type SaveFidelityRequest } from '@inddrag/contracts';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { DomainValidationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { runStateOf } from './run-state';
import type { MeetingCore } from './service';
import { claimMeetingVersion, requireMeetingStatus } from './shared';

type SaveFidelity = z.output<typeof SaveFidelityRequest>;

/**
 * Method fidelity (issue 7 point 7; domain.md §5): after the meeting, the checklist of what the
 * method requires for its type. The items sent replace the earlier answer; one left out counts as
 * not met. Kept after the minutes are shared: it is about the method, not part of the minutes.
 */
export function saveFidelity(core: MeetingCore, ctx: RequestContext, meetingId: string, input: SaveFidelity): Promise<MeetingDetail> {
  return core.versioned(ctx, meetingId, async () => {
    await core.prisma.$transaction(async (tx) => {
      const state = await runStateOf(tx, meetingId);
      requireMeetingStatus(state.status, ['HELD'], 'Metodetroskaben kan først registreres, når mødet er afholdt');
      const allowed = FIDELITY_ITEMS[state.type];
      const errors: FieldError[] = [];
      input.items.forEach((entry, index) => {
        if (!allowed.includes(entry.item)) errors.push({ path: `body.items.${index}.item`, message: 'Punktet hører ikke til denne mødetype' });
        else if (input.items.findIndex((other) => other.item === entry.item) !== index)
          errors.push({ path: `body.items.${index}.item`, message: 'Punktet er angivet to gange' });
      });
      if (errors.length > 0) throw new DomainValidationError('Metodetroskaben kan ikke gemmes.', errors);

      await claimMeetingVersion(tx, ctx, meetingId, input.version, {
        fidelityRecordedAt: ctx.now,
        fidelityRecordedById: ctx.actor.userId,
        fidelityNote: input.note,
      });
      await tx.meetingChecklistItem.deleteMany({ where: { meetingId, kind: 'FIDELITY' } });
      await tx.meetingChecklistItem.createMany({
        data: input.items.map((entry) => ({ meetingId, kind: 'FIDELITY' as const, item: entry.item, done: entry.done, note: entry.note, updatedAt: ctx.now })),
      });
      const met = input.items.filter((entry) => entry.done).length;
      await appendAudit(tx, ctx, {
        action: 'UPDATE',
        entityType: 'MeetingFidelity',
        entityId: meetingId,
        caseId: state.caseId,
        details: { items: input.items.map((entry) => ({ item: entry.item, done: entry.done })) },
      });
      await appendCaseEvent(tx, ctx, {
        caseId: state.caseId,
        kind: 'meeting.fidelityRecorded',
        entityType: 'Meeting',
        entityId: meetingId,
        data: { type: state.type, met, total: allowed.length },
      });
    });
    return core.detail(ctx, meetingId);
  });
}
