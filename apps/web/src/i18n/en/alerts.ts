import type da from '../da/alerts';
import type { Messages } from '../messages';

const alerts: Messages<typeof da> = {
  bell: {
    label: 'Notifications',
    labelUnread_one: 'Notifications, {{count}} unread',
    labelUnread_other: 'Notifications, {{count}} unread',
  },
  heading: 'Notifications',
  loading: 'Loading notifications …',
  loadError: 'The notifications could not be loaded.',
  empty: 'You have no notifications.',
  markAllRead: 'Mark all as read',
  markingAllRead: 'Marking as read …',
  markError: 'The notifications could not be marked as read.',
  more: 'Show more',
  unread: 'Unread',
  kind: {
    REFERRAL_RECEIVED: 'New referral from {{fromUnit}}: case {{caseNumber}} ({{childName}})',
    REFERRAL_ACCEPTED: '{{toUnit}} has accepted case {{caseNumber}} and assigned it to {{workerName}}',
    REFERRAL_RETURNED: '{{toUnit}} has returned the referral of case {{caseNumber}}',
    DEADLINE_DUE: 'Deadline for {{deadline}} in case {{caseNumber}} on {{dueOn}}',
    DEADLINE_OVERDUE: 'The deadline for {{deadline}} in case {{caseNumber}} has passed ({{dueOn}})',
    EMERGENCY_ACCESS: 'Emergency access to your case {{caseNumber}}: {{userName}}',
  },
  deadline: {
    ASSESSMENT: 'the child welfare assessment',
    PLAN: "the child's plan",
    FIRST_FOLLOW_UP: 'the first follow-up',
    FOLLOW_UP: 'follow-up',
    NETWORK_COUNCIL: 'the network council',
  },
};

export default alerts;
