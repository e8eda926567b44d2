/** Links to the concern pages (see routes.tsx). */
export const concernPaths = {
  concerns: (caseId: string) => `/sager/${caseId}/bekymringer`,
  assessments: (caseId: string) => `/sager/${caseId}/kortlaegninger`,
  assessment: (caseId: string, assessmentId: string) => `/sager/${caseId}/kortlaegninger/${assessmentId}`,
};
