/** Links to the safety-plan pages (see routes.tsx). */
export const safetyPlanPaths = {
  list: (caseId: string) => `/sager/${caseId}/sikkerhedsplaner`,
  editor: (caseId: string, planId: string) => `/sager/${caseId}/sikkerhedsplaner/${planId}`,
  print: (caseId: string, planId: string) => `/sager/${caseId}/sikkerhedsplaner/${planId}/udskriv`,
};
