import type da from '../da/scaling';
import type { Messages } from '../messages';

const scaling: Messages<typeof da> = {};

export default scaling;
