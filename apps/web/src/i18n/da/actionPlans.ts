/** Barnets plan / ungeplan (handleplan). */
const actionPlans = {
  heading: 'Barnets plan',
};

export default actionPlans;
