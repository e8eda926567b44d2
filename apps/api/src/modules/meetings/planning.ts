import type { MeetingCore } from './service';

/** Planning after planning: changing the plan, participants and invitations, invitation letters, preparation, cancelling (helper: planning). */
export function createMeetingPlanning(core: MeetingCore) {
  void core;
  return {};
}
