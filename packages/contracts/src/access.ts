import { z } from 'zod';
import { IsoDateTime, Uuid } from './common';

export const CaseRole = z
  .enum(['RESPONSIBLE', 'CO_WORKER', 'EXECUTOR', 'FACILITATOR', 'READ_ONLY'])
  .meta({ id: 'CaseRole' });
export type CaseRole = z.infer<typeof CaseRole>;

export const EmergencyAccessRequest = z
  .object({
    caseNumber: z.string().trim().min(1, 'Skriv sagsnummeret').max(50),
    reason: z.string().trim().min(10, 'Begrund nødadgangen (mindst 10 tegn)').max(1000),
  })
  .meta({ id: 'EmergencyAccessRequest' });
export type EmergencyAccessRequest = z.infer<typeof EmergencyAccessRequest>;

export const EmergencyAccessGrant = z
  .object({ id: Uuid, caseId: Uuid, expiresAt: IsoDateTime })
  .meta({ id: 'EmergencyAccessGrant' });
export type EmergencyAccessGrant = z.infer<typeof EmergencyAccessGrant>;

export const EmergencyAccessFlag = z
  .object({
    id: Uuid,
    caseId: Uuid,
    caseNumber: z.string(),
    user: z.object({ id: Uuid, name: z.string() }),
    reason: z.string(),
    grantedAt: IsoDateTime,
    expiresAt: IsoDateTime,
    reviewedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'EmergencyAccessFlag' });
export type EmergencyAccessFlag = z.infer<typeof EmergencyAccessFlag>;

export const EmergencyAccessFlagList = z.object({ items: z.array(EmergencyAccessFlag) }).meta({ id: 'EmergencyAccessFlagList' });
export type EmergencyAccessFlagList = z.infer<typeof EmergencyAccessFlagList>;

export const RevealCprRequest = z
  .object({ reason: z.string().trim().min(3, 'Angiv formålet').max(500) })
  .meta({ id: 'RevealCprRequest' });
export type RevealCprRequest = z.infer<typeof RevealCprRequest>;

export const RevealCprResponse = z.object({ cpr: z.string().regex(/^\d{6}-\d{4}$/) }).meta({ id: 'RevealCprResponse' });
