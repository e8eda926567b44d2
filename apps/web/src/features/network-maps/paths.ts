/** Links to the network map pages (see routes.tsx). */
export const networkMapPaths = {
  list: (caseId: string) => `/sager/${caseId}/netvaerkskort`,
  editor: (caseId: string, mapId: string) => `/sager/${caseId}/netvaerkskort/${mapId}`,
  history: (caseId: string, mapId: string) => `/sager/${caseId}/netvaerkskort/${mapId}/historik`,
  myNetwork: (caseId: string, mapId: string) => `/sager/${caseId}/netvaerkskort/${mapId}/mit-netvaerk`,
};
