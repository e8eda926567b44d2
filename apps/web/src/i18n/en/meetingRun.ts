import type da from '../da/meetingRun';
import type { Messages } from '../messages';

/**  mødeskærmen, referat og metodetroskab.:The meeting itself: the meeting screen, minutes and method fidelity. */
const meetingRun: Messages<typeof da> = {
  heading: '',
};

export default meetingRun;
