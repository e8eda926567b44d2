import type { MeetingType, UpdateParticipantRequest } from '@inddrag/contracts';
import { RuleViolationError } from '../../lib/errors';

/**
 * Information givers (informatører) at a family group conference: professionals who tell the
 * family, in the information part, what they know and what worries them (domain.md §2.9). Family
 * and network members are there to plan, not to inform. The briefing's length is the contract's.
 * Called by the participant update (planning) before it writes isInformant or briefing.
 */
export function assertInformantAllowed(
  meetingType: MeetingType,
  participant: { kind: string; isProfessional: boolean },
  input: Pick<UpdateParticipantRequest, 'isInformant' | 'briefing'>,
): void {
  const setsInformant = input.isInformant === true || (input.briefing !== undefined && input.briefing !== null && input.briefing !== '');
  if (!setsInformant) return;
  if (meetingType !== 'FAMILY_GROUP_CONFERENCE')
    throw new RuleViolationError('Informatører hører kun til en familierådslagning.', [
      { path: 'body.isInformant', message: 'Informatører hører kun til en familierådslagning' },
    ]);
  if (participant.kind !== 'PROFESSIONAL' && !participant.isProfessional)
    throw new RuleViolationError('Kun fagpersoner kan være informatører.', [
      { path: 'body.isInformant', message: 'Kun fagpersoner kan være informatører' },
    ]);
}
