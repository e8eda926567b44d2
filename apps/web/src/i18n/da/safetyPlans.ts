/** Sikkerhedsplaner. */
const safetyPlans = {};

export default safetyPlans;
