import { z } from 'zod';
import { Cursor, IsoDate, IsoDateTime, Uuid, page, pageLimit } from './common';
import { UnitRef, UserRef } from './units';
import { CaseRole } from './access';
import { Deadline, DeadlineKind, DeadlineStatus } from './deadlines';
import { CaseAbilities, CaseParent, DeadlineDates, HonourConflict, NextStep, SiblingRef } from './case-register';

import { CasePhase } from './phases';
export { CasePhase } from './phases';

/** CPR as shown to users: `DDMMYY-XXXX`. The full number never travels in a list. */
export const MaskedCpr = z.string().regex(/^\d{6}-XXXX$/);

export const ChildSummary = z
  .object({
    firstName: z.string(),
    lastName: z.string(),
    cprMasked: MaskedCpr,
    dateOfBirth: IsoDate,
    age: z.number().int().min(0),
  })
  .meta({ id: 'ChildSummary' });
export type ChildSummary = z.infer<typeof ChildSummary>;

export const CaseSummary = z
  .object({
    id: Uuid,
    caseNumber: z.string(),
    child: ChildSummary,
    phase: CasePhase,
    phaseChangedAt: IsoDateTime,
    awareOn: IsoDate,
    responsibleUnit: UnitRef,
    responsibleCaseworker: UserRef.nullable(),
    honourConflictSuspected: z.boolean(),
    /** The earliest unmet legal deadline, with its status today. */
    nextDeadline: z.object({ kind: DeadlineKind, dueOn: IsoDate, status: DeadlineStatus }).nullable(),
    openedAt: IsoDateTime,
    closedAt: IsoDateTime.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseSort = z.enum(['caseNumber', 'childName', 'phaseChangedAt', 'nextDeadline']);
export type CaseSort = z.infer<typeof CaseSort>;

export const CaseListQuery = z
  .object({
    q: z.string().trim().max(100).optional().describe('Search in the child\'s name, CPR or the case number'),
    phase: CasePhase.optional(),
    unitId: Uuid.optional(),
    caseworkerId: Uuid.optional().describe('The responsible caseworker'),
    overdue: z.stringbool().optional().describe('Only cases with an overdue legal deadline'),
    flag: z.enum(['HONOUR_CONFLICT']).optional().describe('Only cases with this flag set'),
    sort: CaseSort.default('caseNumber'),
    cursor: Cursor.optional(),
    limit: pageLimit,
  });
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export type CaseListQueryInput = z.input<typeof CaseListQuery>;

export const CaseListResponse = page(CaseSummary).meta({ id: 'CaseListResponse' });
export type CaseListResponse = z.infer<typeof CaseListResponse>;

export const CaseParams = z.object({ caseId: Uuid });
export type CaseParams = z.infer<typeof CaseParams>;

export const CaseTeamMember = z
  .object({
    id: Uuid,
    user: UserRef,
    unit: UnitRef.nullable(),
    role: CaseRole,
    addedAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'CaseTeamMember' });
export type CaseTeamMember = z.infer<typeof CaseTeamMember>;

/** How the current user reaches this case: through the team, the unit, or an emergency access. */
export const CaseAccessVia = z.enum(['TEAM', 'UNIT', 'EMERGENCY']).meta({ id: 'CaseAccessVia' });
export type CaseAccessVia = z.infer<typeof CaseAccessVia>;

export const CaseDetail = CaseSummary.extend({
  childAddress: z.string().nullable(),
  team: z.array(CaseTeamMember),
  accessVia: CaseAccessVia,
  emergencyAccessExpiresAt: IsoDateTime.nullable(),
  parents: z.array(CaseParent),
  siblings: z.array(SiblingRef),
  deadlines: z.array(Deadline),
  deadlineDates: DeadlineDates,
  honour: HonourConflict,
  /** The phases the case may move to now. */
  allowedPhases: z.array(CasePhase),
  /** What is next on the case, most pressing first. */
  nextSteps: z.array(NextStep),
  /** What the current user may do on this case (the API checks every request regardless). */
  can: CaseAbilities,
}).meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetail>;

export const UpdateCaseRequest = z
  .object({
    honourConflictSuspected: z.boolean().optional(),
    responsibleCaseworkerId: Uuid.nullable().optional(),
    childAddress: z.string().trim().max(300).nullable().optional(),
    /** The dates the deadlines are computed from that no other step records (yet). */
    deadlineDates: DeadlineDates.partial().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'UpdateCaseRequest' });
export type UpdateCaseRequest = z.infer<typeof UpdateCaseRequest>;

export const AddTeamMemberRequest = z
  .object({ userId: Uuid, role: CaseRole })
  .meta({ id: 'AddTeamMemberRequest' });
export type AddTeamMemberRequest = z.infer<typeof AddTeamMemberRequest>;

export const UpdateTeamMemberRequest = z
  .object({ role: CaseRole, version: z.number().int() })
  .meta({ id: 'UpdateTeamMemberRequest' });
export type UpdateTeamMemberRequest = z.infer<typeof UpdateTeamMemberRequest>;

export const TeamMemberParams = z.object({ caseId: Uuid, memberId: Uuid });
