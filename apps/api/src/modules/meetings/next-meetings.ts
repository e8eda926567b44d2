import type { MeetingStatus } from '@inddrag/contracts';

/** A meeting still counts as next until 12 hours after it began (it may be running). */
const RUNNING_WINDOW_MS = 12 * 3_600_000;

/** The statuses of a meeting that is still to come, as lists ("Mine sager") show a case's next meeting. */
export const NEXT_MEETING_STATUSES = ['PLANNED', 'IN_PROGRESS'] as const satisfies readonly MeetingStatus[];

/** The earliest start a case's next meeting can have at `now`. */
export function nextMeetingSince(now: Date): Date {
  return new Date(now.getTime() - RUNNING_WINDOW_MS);
}
