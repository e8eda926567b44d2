import { z } from 'zod';
import { Cursor, pageLimit, page } from './common';
import { CaseRole } from './access';
import { CaseSummary } from './cases';
import { Deadline } from './deadlines';
import { IsoDateTime, Uuid } from './common';
import { MeetingType } from './meetings';

/** A case's next planned meeting, as lists show it. */
export const NextMeeting = z.object({ id: Uuid, type: MeetingType, startsAt: IsoDateTime }).meta({ id: 'NextMeeting' });
export type NextMeeting = z.infer<typeof NextMeeting>;

/**
 * "Mine sager": one of the user's own open cases (an active team membership in any case role),
 * with what the user has to act on: the unmet deadlines and the next meeting.
 */
export const MyCase = CaseSummary.extend({
  /** The user's role on the case team. */
  caseRole: CaseRole,
  /** The case's legal deadlines that are not yet met, earliest first. */
  deadlines: z.array(Deadline),
  /** The case's next planned meeting, if any. */
  nextMeeting: NextMeeting.nullable(),
}).meta({ id: 'MyCase' });
export type MyCase = z.infer<typeof MyCase>;

export const MyCasesQuery = z.object({
  cursor: Cursor.optional(),
  limit: pageLimit,
});
export type MyCasesQuery = z.infer<typeof MyCasesQuery>;
export type MyCasesQueryInput = z.input<typeof MyCasesQuery>;

/** The user's open cases, the next deadline first (cases without one last), then by case number. */
export const MyCasesResponse = page(MyCase).meta({ id: 'MyCasesResponse' });
export type MyCasesResponse = z.infer<typeof MyCasesResponse>;
