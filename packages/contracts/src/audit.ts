import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';
import { UserRole } from './units';

export const AuditAction = z
  .enum(['READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGOUT', 'FAILED_LOGIN', 'EMERGENCY_ACCESS', 'REVEAL_CPR'])
  .meta({ id: 'AuditAction' });
export type AuditAction = z.infer<typeof AuditAction>;

export const FieldChange = z
  .object({ field: z.string(), from: z.unknown(), to: z.unknown() })
  .meta({ id: 'FieldChange' });
export type FieldChange = z.infer<typeof FieldChange>;

/** One line of "Hvem har set sagen": who, in which unit and role, did what, when and why. */
export const CaseAccessLogEntry = z
  .object({
    id: Uuid,
    occurredAt: IsoDateTime,
    user: z.object({ id: Uuid, name: z.string() }).nullable(),
    unitName: z.string().nullable(),
    role: UserRole.nullable(),
    action: AuditAction,
    entityType: z.string(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'CaseAccessLogEntry' });
export type CaseAccessLogEntry = z.infer<typeof CaseAccessLogEntry>;

export const CaseAccessLogResponse = z
  .object({ items: z.array(CaseAccessLogEntry), nextCursor: z.string().nullable() })
  .meta({ id: 'CaseAccessLogResponse' });
export type CaseAccessLogResponse = z.infer<typeof CaseAccessLogResponse>;

export const ChangeHistoryEntry = z
  .object({
    id: Uuid,
    occurredAt: IsoDateTime,
    user: z.object({ id: Uuid, name: z.string() }).nullable(),
    action: AuditAction,
    entityType: z.string(),
    entityId: z.string().nullable(),
    changes: z.array(FieldChange),
  })
  .meta({ id: 'ChangeHistoryEntry' });
export type ChangeHistoryEntry = z.infer<typeof ChangeHistoryEntry>;

export const ChangeHistoryResponse = z
  .object({ items: z.array(ChangeHistoryEntry) })
  .meta({ id: 'ChangeHistoryResponse' });
export type ChangeHistoryResponse = z.infer<typeof ChangeHistoryResponse>;

export const UserActivityEntry = z
  .object({
    id: Uuid,
    occurredAt: IsoDateTime,
    action: AuditAction,
    entityType: z.string(),
    entityId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    reason: z.string().nullable(),
    clientIp: z.string().nullable(),
  })
  .meta({ id: 'UserActivityEntry' });
export const UserActivityResponse = z
  .object({ items: z.array(UserActivityEntry), nextCursor: z.string().nullable() })
  .meta({ id: 'UserActivityResponse' });
export type UserActivityResponse = z.infer<typeof UserActivityResponse>;

/**
 * A citizen's insight into the log (GDPR art. 15; Datatilsynet 2024): the dates and purposes of
 * the look-ups in one child's case, without the employees' names.
 */
export const InsightExportRequest = z
  .object({ caseNumber: z.string().trim().min(1, 'Skriv sagsnummeret').max(50), reason: z.string().trim().min(5, 'Skriv formålet med udtrækket').max(500) })
  .meta({ id: 'InsightExportRequest' });
export type InsightExportRequest = z.infer<typeof InsightExportRequest>;

export const InsightExportEntry = z
  .object({ occurredAt: IsoDateTime, action: AuditAction, what: z.string(), purpose: z.string().nullable(), unitName: z.string().nullable() })
  .meta({ id: 'InsightExportEntry' });
export const InsightExportResponse = z
  .object({ caseNumber: z.string(), childName: z.string(), generatedAt: IsoDateTime, entries: z.array(InsightExportEntry) })
  .meta({ id: 'InsightExportResponse' });
export type InsightExportResponse = z.infer<typeof InsightExportResponse>;

export const ChangeHistoryQuery = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
});
