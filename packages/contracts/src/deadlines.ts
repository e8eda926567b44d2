import { z } from 'zod';
import { IsoDate } from './common';
import { DeadlineDates } from './case-register';

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

/** The case facts the deadlines are computed from: the case's deadline dates (see DeadlineDates), all Copenhagen calendar dates. */
export const DeadlineFacts = DeadlineDates.extend({
  /** The municipality became aware of the child's possible need for support (BL § 20, stk. 3 counts from here). */
  awareOn: IsoDate,
  closed: z.boolean(),
}).meta({ id: 'DeadlineFacts' });
export type DeadlineFacts = z.infer<typeof DeadlineFacts>;
