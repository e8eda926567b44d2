import type { MeetingStatus } from '@inddrag/contracts';
import { NotFoundError, RuleViolationError } from '../../lib/errors';
import { requireMeetingStatus, type Db } from './shared';

/** What the meeting screen's writes check before they change anything. */
export async function runStateOf(db: Db, meetingId: string) {
  const row = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      caseId: true,
      type: true,
      status: true,
      version: true,
      startsAt: true,
      startedAt: true,
      heldAt: true,
      minutesSharedAt: true,
    },
  });
  if (!row) throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
  return row;
}
export type RunState = Awaited<ReturnType<typeof runStateOf>>;

/**
 * The run document (notes, decisions, attendance, scores) may be written while the meeting is in
 * progress, and corrected after it was held until the minutes are put on the case: after that the
 * minutes on the case's timeline must stay what they were.
 */
export function requireEditableRun(state: { status: MeetingStatus; minutesSharedAt: Date | null }, what: string): void {
  requireMeetingStatus(state.status, ['IN_PROGRESS', 'HELD'], what);
  if (state.minutesSharedAt) {
    throw new RuleViolationError(`${what}: referatet er lagt på sagen, så mødet kan ikke længere rettes.`);
  }
}
