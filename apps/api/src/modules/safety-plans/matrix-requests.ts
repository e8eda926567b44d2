// Valid requests for the safety-plan routes, for the authorization matrix
// (apps/api/src/access/authorization-matrix.test.ts). Each answers 2xx, 409 or 422 to a user the
// access hook lets through, so a 400 never stands in for an access decision.
import type { PrismaClient } from '@inddrag/db';
import type { MatrixRequest, SituationCase } from '../../testing/matrix-fixtures';

type Builder = (prisma: PrismaClient, c: SituationCase) => Promise<MatrixRequest>;

/** A draft plan on `c` with one planned review, made by the bystander once per case. */
async function matrixPlan(prisma: PrismaClient, c: SituationCase) {
  const select = { id: true, version: true, reviews: { select: { id: true }, take: 1 } } as const;
  const existing = await prisma.safetyPlan.findFirst({ where: { caseId: c.caseId }, select, orderBy: { createdAt: 'asc' } });
  if (existing?.reviews[0]) return { planId: existing.id, version: existing.version, reviewId: existing.reviews[0].id };
  const member = await prisma.caseTeamMember.findUniqueOrThrow({
    where: { id: c.bystanderMemberId },
    select: { userId: true, user: { select: { unitId: true } } },
  });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { responsibleUnitId: true } });
  const unitId = member.user.unitId ?? kase.responsibleUnitId;
  const plan = await prisma.safetyPlan.create({
    data: {
      caseId: c.caseId,
      childExplanation: '',
      closureCriteria: '',
      createdById: member.userId,
      createdUnitId: unitId,
      updatedById: member.userId,
      updatedUnitId: unitId,
      reviews: { create: { dueOn: new Date('2026-12-01T00:00:00Z') } },
    },
    select,
  });
  return { planId: plan.id, version: plan.version, reviewId: plan.reviews[0]!.id };
}

const plansUrl = (c: SituationCase) => `/api/cases/${c.caseId}/safety-plans`;
const planUrl = async (prisma: PrismaClient, c: SituationCase, suffix = '') =>
  `${plansUrl(c)}/${(await matrixPlan(prisma, c)).planId}${suffix}`;

export const SAFETY_PLAN_ROUTE_REQUESTS: Record<string, Builder> = {
  'GET /api/cases/:caseId/safety-plans': async (_p, c) => ({ url: plansUrl(c) }),
  'HEAD /api/cases/:caseId/safety-plans': async (_p, c) => ({ url: plansUrl(c) }),
  // 422 once the matrix's plan exists (one open plan per case): the write was considered.
  'POST /api/cases/:caseId/safety-plans': async (prisma, c) => {
    await matrixPlan(prisma, c);
    return { url: plansUrl(c), payload: {} };
  },
  'GET /api/cases/:caseId/safety-plans/:planId': async (prisma, c) => ({ url: await planUrl(prisma, c) }),
  'HEAD /api/cases/:caseId/safety-plans/:planId': async (prisma, c) => ({ url: await planUrl(prisma, c) }),
  'PUT /api/cases/:caseId/safety-plans/:planId': async (prisma, c) => {
    const plan = await matrixPlan(prisma, c);
    return { url: `${plansUrl(c)}/${plan.planId}`, payload: { reviewDates: ['2026-12-01'], version: plan.version } };
  },
  // A stale version: 409 (the draft lacks what activation needs; the version is checked first).
  'POST /api/cases/:caseId/safety-plans/:planId/activate': async (prisma, c) => ({
    url: await planUrl(prisma, c, '/activate'),
    payload: { version: -1 },
  }),
  // The plan is a draft: 422, only a plan in force has reviews to hold or can be closed.
  'POST /api/cases/:caseId/safety-plans/:planId/reviews/:reviewId/hold': async (prisma, c) => {
    const plan = await matrixPlan(prisma, c);
    return {
      url: `${plansUrl(c)}/${plan.planId}/reviews/${plan.reviewId}/hold`,
      payload: { heldOn: '2026-11-01', version: plan.version },
    };
  },
  'POST /api/cases/:caseId/safety-plans/:planId/close': async (prisma, c) => {
    const plan = await matrixPlan(prisma, c);
    return {
      url: `${plansUrl(c)}/${plan.planId}/close`,
      payload: { closedOn: '2026-11-01', criteriaMet: true, closureDecision: 'Matrixtest', version: plan.version },
    };
  },
};
