// Valid requests for the action-plan routes, for the authorization matrix
// (apps/api/src/access/authorization-matrix.test.ts). Each answers 2xx, 409 or 422 to a user the
// access hook lets through, so a 400 never stands in for an access decision.
import type { PrismaClient } from '@inddrag/db';
import type { MatrixRequest, SituationCase } from '../../testing/matrix-fixtures';

type Builder = (prisma: PrismaClient, c: SituationCase) => Promise<MatrixRequest>;

const PLAN_FIELDS = {
  type: 'BARNETS_PLAN',
  legalBasis: 'Barnets lov § 91, stk. 1',
  purpose: 'Matrixtest',
  expectedDuration: '6 måneder',
  goals: [{ area: 'SCHOOL', goal: 'Matrixtest' }],
};

/** A draft plan with one goal on `c`, made by the bystander once per case (a case keeps one plan). */
async function matrixPlan(prisma: PrismaClient, c: SituationCase) {
  const select = { id: true, version: true } as const;
  const existing = await prisma.actionPlan.findFirst({ where: { caseId: c.caseId }, select });
  if (existing) return { planId: existing.id, version: existing.version };
  const member = await prisma.caseTeamMember.findUniqueOrThrow({
    where: { id: c.bystanderMemberId },
    select: { userId: true },
  });
  const plan = await prisma.actionPlan.create({
    data: {
      caseId: c.caseId,
      type: 'BARNETS_PLAN',
      legalBasis: PLAN_FIELDS.legalBasis,
      purpose: PLAN_FIELDS.purpose,
      expectedDuration: PLAN_FIELDS.expectedDuration,
      createdById: member.userId,
      children: { create: { caseId: c.caseId } },
      goals: { create: { position: 0, area: 'SCHOOL', goal: 'Matrixtest' } },
    },
    select,
  });
  return { planId: plan.id, version: plan.version };
}

const plansUrl = (c: SituationCase) => `/api/cases/${c.caseId}/action-plans`;
const planUrl = async (prisma: PrismaClient, c: SituationCase, suffix = '') =>
  `${plansUrl(c)}/${(await matrixPlan(prisma, c)).planId}${suffix}`;

export const ACTION_PLAN_ROUTE_REQUESTS: Record<string, Builder> = {
  'GET /api/cases/:caseId/action-plans': async (_p, c) => ({ url: plansUrl(c) }),
  'HEAD /api/cases/:caseId/action-plans': async (_p, c) => ({ url: plansUrl(c) }),
  // 422 once the matrix's plan exists (one plan per case): the write was considered.
  'POST /api/cases/:caseId/action-plans': async (prisma, c) => {
    await matrixPlan(prisma, c);
    return { url: plansUrl(c), payload: PLAN_FIELDS };
  },
  'GET /api/cases/:caseId/action-plans/:planId': async (prisma, c) => ({ url: await planUrl(prisma, c) }),
  'HEAD /api/cases/:caseId/action-plans/:planId': async (prisma, c) => ({ url: await planUrl(prisma, c) }),
  'GET /api/cases/:caseId/action-plans/:planId/plan.pdf': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/plan.pdf'),
  }),
  // Stale versions: 409 (the version is claimed before anything is written).
  'PUT /api/cases/:caseId/action-plans/:planId': async (prisma, c) => ({
    url: await planUrl(prisma, c),
    payload: { ...PLAN_FIELDS, version: -1 },
  }),
  'POST /api/cases/:caseId/action-plans/:planId/propose': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/propose'),
    payload: { version: -1 },
  }),
  'POST /api/cases/:caseId/action-plans/:planId/approve': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/approve'),
    payload: { version: -1 },
  }),
  'POST /api/cases/:caseId/action-plans/:planId/share': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/share'),
    payload: { version: -1, sharedWithChildOn: '2026-01-05' },
  }),
  // The plan is a draft: 422, only an approved plan is followed up.
  'POST /api/cases/:caseId/action-plans/:planId/follow-ups': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/follow-ups'),
    payload: { heldOn: '2026-01-05', participants: 'Matrixtest', childView: 'Matrixtest', decision: 'STOP' },
  }),
};
