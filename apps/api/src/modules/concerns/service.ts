import type { PrismaClient } from '@inddrag/db';
import type { AccessService } from '../../access/access-service';
import { createAssessmentService } from './assessments';
import { createGroundService } from './grounds';
import { createStatementService } from './statements';

/** Bekymringer, sikkerhedsmål og kortlægninger: grounds for concern, statement/goal pairs, assessments. */
export function createConcernService(prisma: PrismaClient, access: AccessService) {
  return {
    grounds: createGroundService(prisma, access),
    statements: createStatementService(prisma),
    assessments: createAssessmentService(prisma, access),
  };
}

export type ConcernService = ReturnType<typeof createConcernService>;
