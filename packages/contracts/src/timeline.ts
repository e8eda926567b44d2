import { z } from 'zod';
import { Cursor, IsoDateTime, Uuid, page } from './common';
import { UnitRef, UserRef } from './units';

/**
 * What can happen on a case, as the timeline shows it. Later features add their kinds here
 * (network maps, meetings, plans); the web has a Danish text for each.
 */
export const CaseEventKind = z
  .enum([
    'case.created',
    'case.updated',
    'notification.registered',
    'phase.changed',
    'decision.recorded',
    'deadlineDates.changed',
    'parent.added',
    'parent.updated',
    'parent.removed',
    'sibling.linked',
    'sibling.unlinked',
    'honour.flagged',
    'honour.unflagged',
    'honour.riskAssessed',
    'team.memberAdded',
    'team.memberChanged',
    'team.memberRemoved',
    'note.added',
    'note.edited',
    'note.supplemented',
    'document.uploaded',
    'referral.sent',
    'referral.accepted',
    'referral.returned',
    'referral.withdrawn',
    'emergencyAccess.granted',
    'networkMap.created',
    'networkMap.saved',
    'consent.recorded',
    'consent.withdrawn',
    'concernGround.added',
    'concernGround.updated',
    'concern.created',
    'concern.updated',
    'concern.statusChanged',
    'assessment.created',
    'assessment.updated',
    'scale.recorded',
    'scale.withdrawn',
    'safetyPlan.created',
    'safetyPlan.saved',
    'safetyPlan.activated',
    'safetyPlan.reviewed',
    'safetyPlan.closed',
    'meeting.planned',
    'meeting.replanned',
    'meeting.cancelled',
    'meeting.started',
    'meeting.held',
    'meeting.agreementsCreated',
    'meeting.fidelityRecorded',
    'meeting.minutesShared',
    'meeting.planApproved',
    'actionPlan.created',
    'actionPlan.saved',
    'actionPlan.proposed',
    'actionPlan.approved',
    'actionPlan.shared',
    'followUp.recorded',
  ])
  .meta({ id: 'CaseEventKind' });
export type CaseEventKind = z.infer<typeof CaseEventKind>;

/** Display facts of an event (phase names, titles, unit names): never CPR, never a note's body. */
export const CaseEventData = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type CaseEventData = z.infer<typeof CaseEventData>;

export const CaseEvent = z
  .object({
    id: Uuid,
    occurredAt: IsoDateTime,
    kind: CaseEventKind,
    actor: UserRef.nullable(),
    unit: UnitRef.nullable(),
    entityType: z.string().nullable(),
    entityId: Uuid.nullable(),
    data: CaseEventData,
  })
  .meta({ id: 'CaseEvent' });
export type CaseEvent = z.infer<typeof CaseEvent>;

export const TimelineQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  kind: z.string().max(40).optional().describe('Only events whose kind starts with this, e.g. "referral"'),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelineResponse = page(CaseEvent).meta({ id: 'TimelineResponse' });
export type TimelineResponse = z.infer<typeof TimelineResponse>;
