import type { MeetingCore } from './service';

/** Family group conference: questions, informants, private family time, plan approval (helper: conference). */
export function createConferenceService(core: MeetingCore) {
  void core;
  return {};
}
