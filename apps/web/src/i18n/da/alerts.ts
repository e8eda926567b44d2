const alerts = {
  bell: {
    label: 'Notifikationer',
    labelUnread_one: 'Notifikationer, {{count}} ulæst',
    labelUnread_other: 'Notifikationer, {{count}} ulæste',
  },
  heading: 'Notifikationer',
  loading: 'Henter notifikationer …',
  loadError: 'Notifikationerne kunne ikke hentes.',
  empty: 'Du har ingen notifikationer.',
  markAllRead: 'Markér alle som læst',
  markingAllRead: 'Markerer som læst …',
  markError: 'Notifikationerne kunne ikke markeres som læst.',
  more: 'Vis flere',
  unread: 'Ulæst',
  kind: {
    REFERRAL_RECEIVED: 'Ny visitation fra {{fromUnit}}: sag {{caseNumber}} ({{childName}})',
    REFERRAL_ACCEPTED: '{{toUnit}} har modtaget sag {{caseNumber}} og tildelt den til {{workerName}}',
    REFERRAL_RETURNED: '{{toUnit}} har sendt visitationen af sag {{caseNumber}} retur',
    DEADLINE_DUE: 'Frist for {{deadline}} i sag {{caseNumber}} den {{dueOn}}',
    DEADLINE_OVERDUE: 'Fristen for {{deadline}} i sag {{caseNumber}} er overskredet ({{dueOn}})',
    EMERGENCY_ACCESS: 'Nødadgang til din sag {{caseNumber}}: {{userName}}',
  },
  deadline: {
    ASSESSMENT: 'den børnefaglige undersøgelse',
    PLAN: 'barnets plan',
    FIRST_FOLLOW_UP: 'første opfølgning',
    FOLLOW_UP: 'opfølgning',
    NETWORK_COUNCIL: 'netværkssamråd',
  },
};

export default alerts;
