/** Links to the meeting pages (see routes.tsx). */
export const meetingPaths = {
  mine: () => '/moeder',
  caseList: (caseId: string) => `/sager/${caseId}/moeder`,
  plan: (caseId: string) => `/sager/${caseId}/moeder/nyt`,
  meeting: (meetingId: string) => `/moeder/${meetingId}`,
  invitation: (meetingId: string, participantId: string) => `/moeder/${meetingId}/invitation/${participantId}`,
  run: (meetingId: string) => `/moeder/${meetingId}/afhold`,
  minutes: (meetingId: string, audience: 'PROFESSIONAL' | 'NETWORK' = 'PROFESSIONAL') =>
    `/moeder/${meetingId}/referat${audience === 'NETWORK' ? '?udgave=netvaerk' : ''}`,
  conference: (meetingId: string) => `/moeder/${meetingId}/raadslagning`,
};
