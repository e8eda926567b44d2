const common = {
  appName: 'Inddrag',
  documentTitle: '{{page}} – Inddrag',
  skipLink: 'Gå til indhold',
  header: {
    authorityArea: 'Børne- og ungeområdet',
  },
  session: {
    heading: 'Bruger',
    notSignedIn: 'Ikke logget ind',
    roleAndUnit: '{{role}}, {{unit}}',
    logout: 'Log ud',
    loggingOut: 'Logger ud …',
    logoutFailed: 'Du kunne ikke logges ud. Prøv igen.',
    loading: 'Henter dine oplysninger …',
    loadError: 'Dine oplysninger kunne ikke hentes.',
  },
  idle: {
    heading: 'Du bliver snart logget ud',
    body_one: 'Du har ikke været aktiv i et stykke tid og bliver logget ud om ca. {{count}} minut.',
    body_other: 'Du har ikke været aktiv i et stykke tid og bliver logget ud om ca. {{count}} minutter.',
    stay: 'Forbliv logget ind',
  },
  nav: {
    label: 'Hovedmenu',
    myCases: 'Mine sager',
    cases: 'Sager',
    emergencyAccess: 'Nødadgang',
    emergencyAccessReview: 'Nødadgange',
    referrals: 'Visitationer',
    admin: 'Administration',
  },
  roles: {
    ADMIN: 'Administrator',
    LEADER: 'Leder',
    CASEWORKER: 'Myndighedsrådgiver',
    EXECUTOR: 'Udfører',
    PPR: 'PPR',
    FACILITATOR: 'Mødeleder/facilitator',
    COORDINATOR: 'Samordner',
  },
  home: {
    title: 'Velkommen',
    greeting: 'Velkommen, {{name}}.',
    noCases:
      'Din rolle giver ikke adgang til sager i Inddrag. Kontakt din leder eller en administrator, hvis du mener, det er en fejl.',
  },
  language: {
    label: 'Sprog',
    da: 'Dansk',
    en: 'English',
  },
  footer: {
    heading: 'Om Inddrag',
    description: 'Sagsbehandling med inddragelse af barnets familie og netværk.',
    area: 'Børne- og ungeområdet',
  },
  actions: {
    retry: 'Prøv igen',
    cancel: 'Annullér',
    close: 'Luk',
    reload: 'Hent igen',
  },
  form: {
    errorSummary: 'Der er problemer',
  },
  status: {
    loading: 'Henter …',
  },
  errors: {
    heading: 'Der opstod en fejl',
    validation: 'Oplysningerne kunne ikke godkendes. Ret dem, og prøv igen.',
    notFound: 'Det, du leder efter, findes ikke eller er fjernet.',
    conflict: 'En anden har ændret oplysningerne imens. Hent siden igen, og gentag din ændring.',
    unauthorized: 'Du er ikke logget ind, eller din session er udløbet.',
    forbidden: 'Du har ikke adgang til disse oplysninger.',
    rateLimited: 'Der er sendt for mange forespørgsler. Vent lidt, og prøv igen.',
    locked: 'Kontoen er midlertidigt låst efter for mange forsøg. Prøv igen senere.',
    csrf: 'Sikkerhedsnøglen for din session var forældet og er nu fornyet. Prøv igen.',
    unavailable: 'Inddrag er midlertidigt utilgængelig. Prøv igen om lidt.',
    internal: 'Der opstod en uventet fejl på serveren.',
    network: 'Der er ingen forbindelse til Inddrag. Tjek din netværksforbindelse, og prøv igen.',
    invalidResponse: 'Svaret fra serveren kunne ikke læses.',
    unknown: 'Der opstod en uventet fejl.',
    requestId: 'Fejl-id: {{id}}',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Vi kan ikke finde den side, du leder efter. Tjek adressen, eller gå til oversigten over sager.',
    toCases: 'Gå til sager',
  },
  routeError: {
    title: 'Noget gik galt',
    body: 'Siden kunne ikke vises. Prøv at hente den igen.',
    reload: 'Hent siden igen',
  },
};

export default common;
