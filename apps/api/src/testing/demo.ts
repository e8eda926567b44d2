export { CSRF_HEADER } from '@inddrag/contracts';
export { DEMO_PASSWORD as DEMO_PASSWORD_FOR_TESTS, DEMO_USERS } from '@inddrag/db';
