import type da from '../da/common';
import type { Messages } from '../messages';

const common: Messages<typeof da> = {
  appName: 'Inddrag',
  documentTitle: '{{page}} – Inddrag',
  skipLink: 'Skip to content',
  header: {
    authorityArea: 'Children and young people',
  },
  session: {
    heading: 'User',
    notSignedIn: 'Not signed in',
    roleAndUnit: '{{role}}, {{unit}}',
    logout: 'Log out',
    loggingOut: 'Logging out …',
    logoutFailed: 'You could not be logged out. Try again.',
    loading: 'Loading your details …',
    loadError: 'Your details could not be loaded.',
  },
  idle: {
    heading: 'You will soon be logged out',
    body_one: 'You have been inactive for a while and will be logged out in about {{count}} minute.',
    body_other: 'You have been inactive for a while and will be logged out in about {{count}} minutes.',
    stay: 'Stay logged in',
  },
  nav: {
    label: 'Main menu',
    myCases: 'My cases',
    cases: 'Cases',
    emergencyAccess: 'Emergency access',
    emergencyAccessReview: 'Emergency accesses',
    referrals: 'Referrals',
    meetings: 'Meetings',
    admin: 'Administration',
  },
  roles: {
    ADMIN: 'Administrator',
    LEADER: 'Leader',
    CASEWORKER: 'Caseworker (authority)',
    EXECUTOR: 'Practitioner',
    PPR: 'Educational psychology (PPR)',
    FACILITATOR: 'Meeting facilitator',
    COORDINATOR: 'Coordinator',
  },
  home: {
    title: 'Welcome',
    greeting: 'Welcome, {{name}}.',
    noCases:
      'Your role gives no access to cases in Inddrag. Contact your leader or an administrator if you think this is a mistake.',
  },
  language: {
    label: 'Language',
    da: 'Dansk',
    en: 'English',
  },
  footer: {
    heading: 'About Inddrag',
    description: "Case management that includes the child's family and network.",
    area: 'Children and young people',
  },
  actions: {
    retry: 'Try again',
    cancel: 'Cancel',
    close: 'Close',
    reload: 'Reload',
  },
  form: {
    errorSummary: 'There are problems',
  },
  status: {
    loading: 'Loading …',
  },
  errors: {
    heading: 'An error occurred',
    validation: 'The information could not be accepted. Correct it and try again.',
    notFound: 'What you are looking for does not exist or has been removed.',
    conflict: 'Someone else changed the information in the meantime. Reload the page and repeat your change.',
    unauthorized: 'You are not signed in, or your session has expired.',
    forbidden: 'You do not have access to this information.',
    rateLimited: 'Too many requests were sent. Wait a moment and try again.',
    locked: 'The account is temporarily locked after too many attempts. Try again later.',
    csrf: 'The security token of your session was out of date and has been renewed. Try again.',
    unavailable: 'Inddrag is temporarily unavailable. Try again shortly.',
    internal: 'An unexpected error occurred on the server.',
    network: 'There is no connection to Inddrag. Check your network connection and try again.',
    invalidResponse: 'The response from the server could not be read.',
    unknown: 'An unexpected error occurred.',
    requestId: 'Error ID: {{id}}',
  },
  notFound: {
    title: 'Page not found',
    body: 'We cannot find the page you are looking for. Check the address, or go to the list of cases.',
    toCases: 'Go to cases',
  },
  routeError: {
    title: 'Something went wrong',
    body: 'The page could not be shown. Try loading it again.',
    reload: 'Reload the page',
  },
};

export default common;
