import daAdmin from './da/admin';
import daAuth from './da/auth';
import daCases from './da/cases';
import daCommon from './da/common';
import daEmergencyAccess from './da/emergencyAccess';
import enAdmin from './en/admin';
import enAuth from './en/auth';
import enCases from './en/cases';
import enCommon from './en/common';
import enEmergencyAccess from './en/emergencyAccess';

export const defaultNS = 'common';
export const namespaces = ['common', 'auth', 'cases', 'emergencyAccess', 'admin'] as const;

export const resources = {
  da: { common: daCommon, auth: daAuth, cases: daCases, emergencyAccess: daEmergencyAccess, admin: daAdmin },
  en: { common: enCommon, auth: enAuth, cases: enCases, emergencyAccess: enEmergencyAccess, admin: enAdmin },
} as const;
