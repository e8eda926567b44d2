import type da from '../da/emergencyAccess';
import type { Messages } from '../messages';

const emergencyAccess: Messages<typeof da> = {
  title: 'Emergency access',
  intro:
    "Only use emergency access when you urgently need information in a case you do not have access to – for example outside working hours when the case's caseworker cannot be reached.",
  rules: {
    heading: 'How emergency access works',
    logged: "The access and your reason are logged and shown in the case's list of who has seen it.",
    limited: 'The access only applies for a limited period and only lets you read the case.',
    flagged: 'The leader of the unit holding the case is notified and reviews the access.',
  },
  form: {
    caseNumber: 'Case number',
    caseNumberHint: 'E.g. 2026-0012',
    reason: 'Reason',
    reasonHint: 'Write why you need access to the case now (at least 10 characters).',
    submit: 'Give me emergency access',
    submitting: 'Granting access …',
  },
  fieldErrors: {
    caseNumberRequired: 'Enter the case number',
    caseNumberTooLong: 'The case number can be at most 50 characters',
    caseNumberUnknown: 'There is no case with that case number',
    reasonTooShort: 'Give a reason of at least 10 characters',
    reasonTooLong: 'The reason can be at most 1000 characters',
  },
  errors: {
    heading: 'You did not get emergency access',
  },
  forbidden: 'Your role does not allow emergency access.',
};

export default emergencyAccess;
