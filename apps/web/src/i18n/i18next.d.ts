import 'i18next';
import type daAdmin from './da/admin';
import type daAuth from './da/auth';
import type daCases from './da/cases';
import type daCommon from './da/common';
import type daEmergencyAccess from './da/emergencyAccess';

// Typed keys: t('cases:phase.SCREENING') is checked against the Danish source.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof daCommon;
      auth: typeof daAuth;
      cases: typeof daCases;
      emergencyAccess: typeof daEmergencyAccess;
      admin: typeof daAdmin;
    };
  }
}
