import type da from '../da/actionPlans';
import type { Messages } from '../messages';

/** The child's plan (action plan). */
const actionPlans: Messages<typeof da> = {
  heading: "The child's plan",
};

export default actionPlans;
