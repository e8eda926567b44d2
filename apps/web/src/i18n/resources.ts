import daAdmin from './da/admin';
import daAlerts from './da/alerts';
import daAuth from './da/auth';
import daCaseRegister from './da/caseRegister';
import daCases from './da/cases';
import daCommon from './da/common';
import daDocuments from './da/documents';
import daEmergencyAccess from './da/emergencyAccess';
import daNetworkMaps from './da/networkMaps';
import daConcerns from './da/concerns';
import daScaling from './da/scaling';
import daSafetyPlans from './da/safetyPlans';
import daNotes from './da/notes';
import daReferrals from './da/referrals';
import daMeetings from './da/meetings';
import daMeetingRun from './da/meetingRun';
import daConferences from './da/conferences';
import daActionPlans from './da/actionPlans';
import enAdmin from './en/admin';
import enAlerts from './en/alerts';
import enAuth from './en/auth';
import enCaseRegister from './en/caseRegister';
import enCases from './en/cases';
import enCommon from './en/common';
import enDocuments from './en/documents';
import enEmergencyAccess from './en/emergencyAccess';
import enNetworkMaps from './en/networkMaps';
import enConcerns from './en/concerns';
import enScaling from './en/scaling';
import enSafetyPlans from './en/safetyPlans';
import enNotes from './en/notes';
import enReferrals from './en/referrals';
import enMeetings from './en/meetings';
import enMeetingRun from './en/meetingRun';
import enConferences from './en/conferences';
import enActionPlans from './en/actionPlans';

export const defaultNS = 'common';
export const namespaces = ['common', 'auth', 'cases', 'emergencyAccess', 'admin', 'referrals', 'alerts', 'caseRegister', 'notes', 'documents', 'networkMaps', 'concerns', 'scaling', 'safetyPlans', 'meetings', 'meetingRun', 'conferences', 'actionPlans'] as const;

export const resources = {
  da: { common: daCommon, auth: daAuth, cases: daCases, emergencyAccess: daEmergencyAccess, admin: daAdmin, referrals: daReferrals, alerts: daAlerts, caseRegister: daCaseRegister, notes: daNotes, documents: daDocuments, networkMaps: daNetworkMaps, concerns: daConcerns, scaling: daScaling, safetyPlans: daSafetyPlans, meetings: daMeetings, meetingRun: daMeetingRun, conferences: daConferences, actionPlans: daActionPlans },
  en: { common: enCommon, auth: enAuth, cases: enCases, emergencyAccess: enEmergencyAccess, admin: enAdmin, referrals: enReferrals, alerts: enAlerts, caseRegister: enCaseRegister, notes: enNotes, documents: enDocuments, networkMaps: enNetworkMaps, concerns: enConcerns, scaling: enScaling, safetyPlans: enSafetyPlans, meetings: enMeetings, meetingRun: enMeetingRun, conferences: enConferences, actionPlans: enActionPlans },
} as const;
