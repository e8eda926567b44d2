import type { PrismaClient } from '@inddrag/db';

/** Bekymringer, sikkerhedsmål og kortlægninger: the domain rules (filled in by the feature). */
export function createConcernService(prisma: PrismaClient) {
  void prisma;
  return {};
}

export type ConcernService = ReturnType<typeof createConcernService>;
