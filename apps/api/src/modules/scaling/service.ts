import type { PrismaClient } from '@inddrag/db';

/** Skalering: the domain rules (filled in by the feature). */
export function createScalingService(prisma: PrismaClient) {
  void prisma;
  return {};
}

export type ScalingService = ReturnType<typeof createScalingService>;
