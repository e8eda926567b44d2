import type { ScaleScore } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { toIsoDate } from '../../lib/dates';

/** Everything a ScaleScore answer shows, in one select. */
export const scoreSelect = {
  id: true,
  caseId: true,
  statementId: true,
  scoredOn: true,
  perspective: true,
  respondent: true,
  networkPersonId: true,
  respondentUserId: true,
  score: true,
  question: true,
  reason: true,
  oneStepUp: true,
  assessmentId: true,
  safetyPlanReviewId: true,
  meetingId: true,
  withdrawnAt: true,
  withdrawnReason: true,
  createdAt: true,
  version: true,
  createdBy: { select: { id: true, name: true } },
  createdUnit: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.ScaleScoreSelect;

export type ScoreRow = Prisma.ScaleScoreGetPayload<{ select: typeof scoreSelect }>;

export function toScaleScore(row: ScoreRow): ScaleScore {
  return {
    ...row,
    scoredOn: toIsoDate(row.scoredOn),
    withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
