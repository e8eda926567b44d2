import type { FollowUpContext } from '@inddrag/contracts';
import { toIsoDate } from '../../lib/dates';
import { decisionSelect, type Db } from './shared';

/**
 * What a follow-up meeting revisits (issue 7 point 6): the agreements of the meeting it follows up
 * with how they stand on the map, the latest scores, the child's map, of which a new version with
 * occasion "opfølgningsmøde" is proposed, and the goals of the child's plan.
 */
export async function followUpContextOf(
  db: Db,
  caseId: string,
  meetingId: string,
  followUpOfId: string | null,
): Promise<FollowUpContext> {
  const [previous, scores, map, revised] = await Promise.all([
    followUpOfId
      ? db.meeting.findUnique({
          where: { id: followUpOfId },
          select: {
            id: true,
            type: true,
            startsAt: true,
            decisions: {
              orderBy: { position: 'asc' },
              select: { ...decisionSelect, networkAgreement: { select: { status: true } } },
            },
          },
        })
      : null,
    db.scaleScore.findMany({
      where: { caseId, withdrawnAt: null, statementId: null },
      orderBy: [{ scoredOn: 'desc' }, { createdAt: 'desc' }],
      select: { perspective: true, respondent: true, score: true, scoredOn: true },
      take: 40,
    }),
    db.networkMap.findFirst({
      where: { caseId, perspective: 'CHILD' },
      orderBy: { createdAt: 'asc' },
      select: { id: true, version: true, updatedAt: true },
    }),
    db.networkMapVersion.count({ where: { meetingId } }),
  ]);
  const goals = await db.actionPlanGoal.findMany({
    where: { plan: { OR: [{ caseId }, { children: { some: { caseId } } }] } },
    orderBy: [{ plan: { createdAt: 'desc' } }, { position: 'asc' }],
    select: { id: true, area: true, goal: true, reviewOn: true },
    take: 20,
  });
  const latestByRespondent = new Map<string, (typeof scores)[number]>();
  for (const score of scores) {
    const key = `${score.perspective}:${score.respondent.toLowerCase()}`;
    if (!latestByRespondent.has(key)) latestByRespondent.set(key, score);
  }
  return {
    previousMeeting: previous ? { id: previous.id, type: previous.type, startsAt: previous.startsAt.toISOString() } : null,
    previousDecisions: (previous?.decisions ?? []).map(({ networkAgreement, ...decision }) => ({
      ...decision,
      dueOn: decision.dueOn ? toIsoDate(decision.dueOn) : null,
      agreementStatus: networkAgreement?.status ?? null,
    })),
    latestScores: [...latestByRespondent.values()].map((score) => ({ ...score, scoredOn: toIsoDate(score.scoredOn) })),
    map: map ? { id: map.id, version: map.version, updatedAt: map.updatedAt.toISOString() } : null,
    mapRevisedAtMeeting: revised > 0,
    planGoals: goals.map((goal) => ({ ...goal, reviewOn: goal.reviewOn ? toIsoDate(goal.reviewOn) : null })),
  };
}
