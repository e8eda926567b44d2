import type da from '../da/meetings';
import type { Messages } from '../messages';

const meetings: Messages<typeof da> = {
  type: {
    NETWORK_MEETING: 'Inclusive network meeting',
    FOLLOW_UP_MEETING: 'Follow-up meeting',
    FAMILY_GROUP_CONFERENCE: 'Family group conference',
    NETWORK_COUNCIL: 'Network council',
  },
  status: { PLANNED: 'Planned', IN_PROGRESS: 'In progress', HELD: 'Held', CANCELLED: 'Cancelled' },
  noteKind: { BESLUTNINGSNOTAT: 'Decision note', ARBEJDSPAPIR: 'Working paper', REFERAT: 'Minutes' },
  phase: {
    WELCOME: 'Welcome and purpose',
    ROUND: 'Round',
    INFORMATION: 'Information part',
    WORRIES: 'What we are worried about',
    WORKING_WELL: 'What is working well',
    NEXT_STEPS: 'What needs to happen',
    PRIVATE_FAMILY_TIME: 'Private family time',
    PLAN_PRESENTATION: "The family's plan",
    AGREEMENTS: 'Agreements',
    SCALING: 'Scaling',
    NEXT_MEETING: 'Next meeting',
  },
  participantKind: {
    CHILD: 'The child/young person',
    CUSTODY_HOLDER: 'Custody',
    NETWORK_PERSON: 'Network',
    PROFESSIONAL: 'Professional',
  },
  reply: { PENDING: 'No reply', COMING: 'Coming', NOT_COMING: 'Not coming' },
  backToCase: 'Back to the case',
  backToMeeting: 'Back to the meeting',
  section: {
    heading: 'Meetings',
    loading: 'Loading the meetings …',
    loadError: 'The meetings could not be loaded.',
    none: 'No meetings are planned on the case.',
    next: 'Next meeting',
    all: 'All meetings',
    plan: 'Plan a meeting',
    councilDue: 'Network council by {{date}}',
    councilOverdue: 'The deadline for the network council ({{date}}) has passed',
  },
  loadError: 'The meeting could not be loaded.',
  loading: 'Loading the meeting …',
};

export default meetings;
