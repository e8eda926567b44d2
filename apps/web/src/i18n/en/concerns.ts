import type da from '../da/concerns';
import type { Messages } from '../messages';

const concerns: Messages<typeof da> = {};

export default concerns;
