import type da from '../da/auth';
import type { Messages } from '../messages';

const auth: Messages<typeof da> = {
  login: {
    title: 'Log in',
    intro: 'Log in with your e-mail address and password.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    fieldErrors: {
      email: 'Enter a valid e-mail address',
      password: 'Enter your password',
    },
    errors: {
      heading: 'You were not logged in',
      wrongCredentials: 'Wrong e-mail or password.',
      locked:
        'The account is locked for 15 minutes after too many failed attempts. Try again in 15 minutes, or contact an administrator.',
      rateLimited: 'Too many login attempts were made from your computer. Wait a minute and try again.',
      invalid: 'Check your e-mail and password and try again.',
    },
    notices: {
      expired: 'Your session has expired, or you were logged out elsewhere. Log in again to continue.',
      loggedOut: 'You are logged out.',
    },
  },
};

export default auth;
