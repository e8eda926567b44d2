import { z } from 'zod';
import { IsoDate } from './common';

/** The legal deadlines a child-welfare case is tracked against (see apps/api/src/modules/deadlines/rules.ts). */
export const DeadlineKind = z
  .enum(['ASSESSMENT', 'PLAN', 'FIRST_FOLLOW_UP', 'FOLLOW_UP', 'NETWORK_COUNCIL'])
  .meta({ id: 'DeadlineKind' });
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const DeadlineStatus = z.enum(['UPCOMING', 'DUE_SOON', 'OVERDUE', 'MET']).meta({ id: 'DeadlineStatus' });
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

export const Deadline = z
  .object({
    kind: DeadlineKind,
    /** The paragraph the deadline comes from, e.g. `Barnets lov § 20, stk. 3`. */
    legalBasis: z.string(),
    dueOn: IsoDate,
    status: DeadlineStatus,
    metOn: IsoDate.nullable(),
    /** True when the deadline was met after `dueOn`. */
    metLate: z.boolean(),
  })
  .meta({ id: 'Deadline' });
export type Deadline = z.infer<typeof Deadline>;

/** The case facts the deadlines are computed from; all dates are Copenhagen calendar dates. */
export const DeadlineFacts = z
  .object({
    /** The municipality became aware of the child's possible need for support (BL § 20, stk. 3 counts from here). */
    awareOn: IsoDate,
    /** Børnefaglig undersøgelse started / completed. */
    assessmentStartedOn: IsoDate.nullable(),
    assessmentCompletedOn: IsoDate.nullable(),
    /** First decision on a supporting measure (BL § 32). */
    firstDecisionOn: IsoDate.nullable(),
    /** The date a decision on placement without consent (BL § 47) is to be taken. */
    placementWithoutConsentOn: IsoDate.nullable(),
    /** Barnets plan / ungeplan made. */
    planAdoptedOn: IsoDate.nullable(),
    measureStartedOn: IsoDate.nullable(),
    firstFollowUpOn: IsoDate.nullable(),
    /** The next follow-up as decided at the last follow-up. */
    nextFollowUpOn: IsoDate.nullable(),
    /** Police documentation received (triggers the netværkssamråd). */
    policeDocumentationOn: IsoDate.nullable(),
    networkCouncilHeldOn: IsoDate.nullable(),
    closed: z.boolean(),
  })
  .meta({ id: 'DeadlineFacts' });
export type DeadlineFacts = z.infer<typeof DeadlineFacts>;
