import type { MeetingCore } from './service';

/** The meeting itself: start, autosave, decisions, agreements, scores, finish, fidelity, minutes (helper: running). */
export function createMeetingRun(core: MeetingCore) {
  void core;
  return {};
}
