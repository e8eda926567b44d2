import type da from '../da/conferences';
import type { Messages } from '../messages';

/** Family group conference and the coordinator's pages. */
const conferences: Messages<typeof da> = {
  heading: '',
};

export default conferences;
