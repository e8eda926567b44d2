import { z } from 'zod';
import { Cursor, IsoDateTime, Uuid } from './common';

// In-app notifications (the bell). An alert carries display facts only: the case number, unit
// and person names, a deadline's kind and date — never CPR. The receiving leader's
// REFERRAL_RECEIVED alert also names the child, whom the referral package shows them anyway.

export const AlertKind = z
  .enum(['REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_RETURNED', 'DEADLINE_DUE', 'EMERGENCY_ACCESS'])
  .meta({ id: 'AlertKind' });
export type AlertKind = z.infer<typeof AlertKind>;

/**
 * What an alert says, by kind:
 * - REFERRAL_RECEIVED: caseNumber, referralId, fromUnit, childName;
 * - REFERRAL_ACCEPTED: caseNumber, referralId, toUnit, workerName;
 * - REFERRAL_RETURNED: caseNumber, referralId, toUnit;
 * - DEADLINE_DUE: caseNumber, deadlineKind, dueOn;
 * - EMERGENCY_ACCESS: caseNumber, userName.
 */
export const AlertData = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type AlertData = z.infer<typeof AlertData>;

export const Alert = z
  .object({
    id: Uuid,
    kind: AlertKind,
    caseId: Uuid.nullable(),
    data: AlertData,
    createdAt: IsoDateTime,
    readAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'Alert' });
export type Alert = z.infer<typeof Alert>;

export const AlertListQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type AlertListQuery = z.infer<typeof AlertListQuery>;

export const AlertSummary = z.object({ unread: z.number().int().min(0) }).meta({ id: 'AlertSummary' });
export type AlertSummary = z.infer<typeof AlertSummary>;

export const AlertListResponse = z
  .object({ items: z.array(Alert), nextCursor: Cursor.nullable(), unread: z.number().int().min(0) })
  .meta({ id: 'AlertListResponse' });
export type AlertListResponse = z.infer<typeof AlertListResponse>;

/** Marks the named alerts, or all of one's alerts, as read. */
export const MarkAlertsReadRequest = z
  .object({
    ids: z.array(Uuid).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((value) => value.ids !== undefined || value.all === true, { message: 'Angiv hvilke notifikationer', path: ['ids'] })
  .meta({ id: 'MarkAlertsReadRequest' });
export type MarkAlertsReadRequest = z.infer<typeof MarkAlertsReadRequest>;
