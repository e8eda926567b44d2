/** Skalering. */
const scaling = {};

export default scaling;
