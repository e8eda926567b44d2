/** Møder: planlægning, deltagere og invitationer (fælles betegnelser for alle mødesider). */
const meetings = {
  type: {
    NETWORK_MEETING: 'Inddragende netværksmøde',
    FOLLOW_UP_MEETING: 'Opfølgningsmøde',
    FAMILY_GROUP_CONFERENCE: 'Familierådslagning',
    NETWORK_COUNCIL: 'Netværkssamråd',
  },
  status: { PLANNED: 'Planlagt', IN_PROGRESS: 'I gang', HELD: 'Afholdt', CANCELLED: 'Aflyst' },
  noteKind: { BESLUTNINGSNOTAT: 'Beslutningsnotat', ARBEJDSPAPIR: 'Arbejdspapir', REFERAT: 'Referat' },
  phase: {
    WELCOME: 'Velkomst og formål',
    ROUND: 'Runde',
    INFORMATION: 'Informationsdel',
    WORRIES: 'Det vi er bekymrede for',
    WORKING_WELL: 'Det der går godt',
    NEXT_STEPS: 'Det der skal ske',
    PRIVATE_FAMILY_TIME: 'Familiens egen tid',
    PLAN_PRESENTATION: 'Familiens plan',
    AGREEMENTS: 'Aftaler',
    SCALING: 'Skalering',
    NEXT_MEETING: 'Næste møde',
  },
  participantKind: {
    CHILD: 'Barnet/den unge',
    CUSTODY_HOLDER: 'Forældremyndighed',
    NETWORK_PERSON: 'Netværk',
    PROFESSIONAL: 'Fagperson',
  },
  reply: { PENDING: 'Ikke svaret', COMING: 'Kommer', NOT_COMING: 'Kommer ikke' },
  backToCase: 'Tilbage til sagen',
  backToMeeting: 'Tilbage til mødet',
  section: {
    heading: 'Møder',
    loading: 'Henter møderne …',
    loadError: 'Møderne kunne ikke hentes.',
    none: 'Der er ikke planlagt møder på sagen.',
    next: 'Næste møde',
    all: 'Alle møder',
    plan: 'Planlæg et møde',
    councilDue: 'Netværkssamråd senest {{date}}',
    councilOverdue: 'Fristen for netværkssamrådet ({{date}}) er overskredet',
  },
  loadError: 'Mødet kunne ikke hentes.',
  loading: 'Henter mødet …',
};

export default meetings;
