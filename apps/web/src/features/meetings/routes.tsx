import type { RouteObject } from 'react-router';
import { ConferencePage } from './conference/ConferencePage';
import { MyMeetingsPage } from './conference/MyMeetingsPage';
import { MinutesPage } from './minutes/MinutesPage';
import { CaseMeetingsPage } from './planning/CaseMeetingsPage';
import { InvitationLetterPage } from './planning/InvitationLetterPage';
import { MeetingPage } from './planning/MeetingPage';
import { PlanMeetingPage } from './planning/PlanMeetingPage';
import { RunMeetingPage } from './run/RunMeetingPage';

/**
 * Møder:
 * - /moeder: the user's meetings (a coordinator's conferences);
 * - /sager/:caseId/moeder, …/nyt: the case's meetings, planning one;
 * - /moeder/:meetingId: plan, participants, invitations, preparation;
 * - …/invitation/:participantId: an invitation letter, printable;
 * - …/afhold: the meeting screen; …/referat: the minutes; …/raadslagning: the conference's own parts.
 * Meetings have their own URLs (not under the case) because a coordinator reaches a conference
 * without reaching its case. The API decides access; a meeting the user may not see answers 404.
 */
export const meetingRoutes: RouteObject[] = [
  { path: 'moeder', element: <MyMeetingsPage /> },
  { path: 'sager/:caseId/moeder', element: <CaseMeetingsPage /> },
  { path: 'sager/:caseId/moeder/nyt', element: <PlanMeetingPage /> },
  { path: 'moeder/:meetingId', element: <MeetingPage /> },
  { path: 'moeder/:meetingId/invitation/:participantId', element: <InvitationLetterPage /> },
  { path: 'moeder/:meetingId/afhold', element: <RunMeetingPage /> },
  { path: 'moeder/:meetingId/referat', element: <MinutesPage /> },
  { path: 'moeder/:meetingId/raadslagning', element: <ConferencePage /> },
];
