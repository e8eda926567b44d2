/** React Query keys of the administration screens. */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  units: () => [...adminKeys.all, 'units'] as const,
  activity: (userId: string) => [...adminKeys.all, 'activity', userId] as const,
  emergencyAccess: () => [...adminKeys.all, 'emergency-access'] as const,
};
