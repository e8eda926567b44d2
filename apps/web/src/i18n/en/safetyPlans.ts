import type da from '../da/safetyPlans';
import type { Messages } from '../messages';

const safetyPlans: Messages<typeof da> = {};

export default safetyPlans;
