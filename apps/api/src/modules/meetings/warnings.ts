import type { MeetingParticipant, MeetingWarning } from '@inddrag/contracts';
import { copenhagenToday, danishDate } from '../../lib/dates';
import { councilDeadlineOf } from './council-deadline';
import type { DetailRow } from './read';

type Role = { userId: string | null; name: string | null; label: string };

const sameHolder = (a: Role, b: Role) =>
  (a.userId !== null && a.userId === b.userId) ||
  (a.userId === null && b.userId === null && a.name !== null && a.name.trim().toLowerCase() === b.name?.trim().toLowerCase());

/**
 * What the planner should be warned about (the plan is still saved): the facilitator ideally holds
 * no other role (Socialstyrelsen's checklist), a venue that is not neutral, mandatory invitees
 * missing (the network council's young person and custody holders), a missed council deadline.
 */
export function warningsOf(row: DetailRow, participants: readonly MeetingParticipant[], today: string): MeetingWarning[] {
  const warnings: MeetingWarning[] = [];
  const leader: Role = { userId: row.leaderUser?.id ?? null, name: row.leaderName, label: 'mødeleder' };
  const others: Role[] = [
    { userId: row.inviterUser?.id ?? null, name: row.inviterName, label: 'indkalder' },
    { userId: row.noteTakerUser?.id ?? null, name: row.noteTakerName, label: 'referent' },
  ];
  if (!leader.userId && !leader.name) {
    warnings.push({ code: 'NO_LEADER', message: 'Mødet har ingen mødeleder endnu.' });
  } else {
    const doubled = others.filter((role) => sameHolder(leader, role)).map((role) => role.label);
    if (doubled.length > 0) {
      warnings.push({
        code: 'ROLE_CONFLICT',
        message: `Mødelederen er også ${doubled.join(' og ')}. Mødelederen bør ikke have andre roller på mødet.`,
      });
    }
  }
  if (!row.neutralVenue && row.type !== 'NETWORK_COUNCIL') {
    warnings.push({ code: 'VENUE_NOT_NEUTRAL', message: 'Overvej et neutralt mødested, som familien har været med til at vælge.' });
  }
  if (row.type === 'NETWORK_COUNCIL') {
    const hasChild = participants.some((participant) => participant.kind === 'CHILD');
    const hasCustody = participants.some((participant) => participant.kind === 'CUSTODY_HOLDER');
    if (!hasChild || !hasCustody) {
      warnings.push({
        code: 'MANDATORY_NOT_INVITED',
        message: 'Den unge og forældremyndighedsindehaverne skal indkaldes til netværkssamrådet.',
      });
    }
  }
  return [...warnings, ...councilWarnings(row, today)];
}

function councilWarnings(row: DetailRow, today: string): MeetingWarning[] {
  const deadline = councilDeadlineOf(row, today);
  if (!deadline || deadline.met || row.status === 'CANCELLED') return [];
  if (copenhagenToday(row.startsAt) > deadline.dueOn || deadline.overdue) {
    return [
      {
        code: 'DEADLINE_MISSED',
        message: `Netværkssamrådet skal holdes senest ${danishDate(deadline.dueOn)} (7 dage efter politiets dokumentation).`,
      },
    ];
  }
  return [];
}
