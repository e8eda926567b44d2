import { NETWORK_COUNCIL_DEADLINE_DAYS, type CouncilDeadline, type MeetingStatus, type MeetingType } from '@inddrag/contracts';
import { copenhagenToday, toIsoDate } from '../../lib/dates';
import { addDaysToDate, daysBetween } from '../deadlines/rules';

interface CouncilFacts {
  type: MeetingType;
  status: MeetingStatus;
  policeDocumentationOn: Date | null;
  heldAt: Date | null;
}

/**
 * The network council's deadline: convened no later than 7 days after the police's documentation
 * was received (domain.md §2.10). Met when the council was held on or before the day it was due.
 */
export function councilDeadlineOf(meeting: CouncilFacts, today: string): CouncilDeadline | null {
  if (meeting.type !== 'NETWORK_COUNCIL' || !meeting.policeDocumentationOn) return null;
  const dueOn = addDaysToDate(toIsoDate(meeting.policeDocumentationOn), NETWORK_COUNCIL_DEADLINE_DAYS);
  const heldOn = meeting.status === 'HELD' && meeting.heldAt ? copenhagenToday(meeting.heldAt) : null;
  const met = heldOn !== null && heldOn <= dueOn;
  return { dueOn, daysLeft: daysBetween(today, dueOn), overdue: !met && (heldOn ?? today) > dueOn, met };
}
