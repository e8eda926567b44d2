import type { PrismaClient } from '@inddrag/db';

/** Sikkerhedsplaner: the domain rules (filled in by the feature). */
export function createSafetyPlanService(prisma: PrismaClient) {
  void prisma;
  return {};
}

export type SafetyPlanService = ReturnType<typeof createSafetyPlanService>;
