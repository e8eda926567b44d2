import 'i18next';
import type daAdmin from './da/admin';
import type daAlerts from './da/alerts';
import type daAuth from './da/auth';
import type daCaseRegister from './da/caseRegister';
import type daCases from './da/cases';
import type daCommon from './da/common';
import type daDocuments from './da/documents';
import type daEmergencyAccess from './da/emergencyAccess';
import type daConcerns from './da/concerns';
import type daNetworkMaps from './da/networkMaps';
import type daSafetyPlans from './da/safetyPlans';
import type daScaling from './da/scaling';
import type daNotes from './da/notes';
import type daReferrals from './da/referrals';
import type daMeetings from './da/meetings';
import type daMeetingRun from './da/meetingRun';
import type daConferences from './da/conferences';
import type daActionPlans from './da/actionPlans';

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
      referrals: typeof daReferrals;
      alerts: typeof daAlerts;
      caseRegister: typeof daCaseRegister;
      notes: typeof daNotes;
      documents: typeof daDocuments;
      networkMaps: typeof daNetworkMaps;
      concerns: typeof daConcerns;
      scaling: typeof daScaling;
      safetyPlans: typeof daSafetyPlans;
      meetings: typeof daMeetings;
      meetingRun: typeof daMeetingRun;
      conferences: typeof daConferences;
      actionPlans: typeof daActionPlans;
    };
  }
}
