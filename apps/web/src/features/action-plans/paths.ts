/** Links to the action-plan pages (see routes.tsx). */
export const actionPlanPaths = {
  create: (caseId: string) => `/sager/${caseId}/plan/ny`,
  editor: (caseId: string, planId: string) => `/sager/${caseId}/plan/${planId}`,
  print: (caseId: string, planId: string) => `/sager/${caseId}/plan/${planId}/udskriv`,
};
