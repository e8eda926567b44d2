/** Mødet afholdes */
const meetingRun = {
  heading: '',
};

export default meetingRun;
