import type { ActionPlanDetail, ActionPlanSummary, GoalArea, PlanTask } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { toIsoDate } from '../../lib/dates';
import { deadlineFactsOf, deadlineFactsSelect } from '../deadlines/case-deadlines';
import { computeDeadlines } from '../deadlines/rules';
import { NotFoundError } from '../../lib/errors';
import type { Db } from './shared';

const userRef = { select: { id: true, name: true } } as const;
const isoDay = (date: Date | null) => (date ? toIsoDate(date) : null);
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const summarySelect = {
  id: true,
  caseId: true,
  type: true,
  status: true,
  number: true,
  approvedAt: true,
  updatedAt: true,
  version: true,
  _count: { select: { goals: true } },
} satisfies Prisma.ActionPlanSelect;

export function toSummary(row: Prisma.ActionPlanGetPayload<{ select: typeof summarySelect }>): ActionPlanSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    status: row.status,
    number: row.number,
    approvedAt: iso(row.approvedAt),
    goalCount: row._count.goals,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const taskSelect = {
  id: true,
  goalId: true,
  position: true,
  assignee: true,
  user: userRef,
  unit: { select: { id: true, name: true, kind: true } },
  networkPersonId: true,
  who: true,
  what: true,
  dueOn: true,
  status: true,
  meetingDecisionId: true,
  networkAgreementId: true,
} satisfies Prisma.ActionPlanTaskSelect;

const toTask = (row: Prisma.ActionPlanTaskGetPayload<{ select: typeof taskSelect }>): PlanTask => ({ ...row, dueOn: isoDay(row.dueOn) });

const detailSelect = {
  ...summarySelect,
  legalBasis: true,
  decisionId: true,
  purpose: true,
  expectedDuration: true,
  networkSection: true,
  familySupport: true,
  proposedAt: true,
  proposedBy: userRef,
  approvedBy: userRef,
  approvedNumber: true,
  sharedWithChildOn: true,
  sharedWithParentsOn: true,
  childComments: true,
  parentComments: true,
  case: { select: deadlineFactsSelect },
  children: { select: { case: { select: { id: true, childFirstName: true, caseNumber: true } } } },
  goals: { orderBy: { position: 'asc' }, select: { id: true, position: true, area: true, goal: true, childWords: true, parentsView: true, indicators: true, reviewOn: true } },
  tasks: { orderBy: { position: 'asc' }, select: taskSelect },
  versions: { orderBy: { number: 'desc' }, select: { number: true, status: true, author: userRef, createdAt: true, changes: true } },
  followUps: {
    orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      heldOn: true,
      participants: true,
      childView: true,
      decision: true,
      decisionNote: true,
      nextFollowUpOn: true,
      createdBy: userRef,
      createdAt: true,
      goals: { select: { goalId: true, progress: true, note: true, score: true } },
    },
  },
} satisfies Prisma.ActionPlanSelect;

/** The plan as the plan page shows it, with what the reader may do. */
export async function readPlanDetail(
  db: Db,
  caseId: string,
  planId: string,
  today: string,
  can: ActionPlanDetail['can'],
): Promise<ActionPlanDetail> {
  const row = await db.actionPlan.findFirst({ where: { id: planId, caseId }, select: detailSelect });
  if (!row) throw new NotFoundError('Planen findes ikke på sagen.');
  const tasks = row.tasks.map(toTask);
  return {
    ...toSummary(row),
    legalBasis: row.legalBasis,
    decisionId: row.decisionId,
    purpose: row.purpose,
    expectedDuration: row.expectedDuration,
    children: row.children.map(({ case: kase }) => ({ caseId: kase.id, firstName: kase.childFirstName, caseNumber: kase.caseNumber })),
    networkSection: row.networkSection,
    familySupport: row.familySupport,
    goals: row.goals.map((goal) => ({
      ...goal,
      area: goal.area as GoalArea,
      reviewOn: isoDay(goal.reviewOn),
      tasks: tasks.filter((task) => task.goalId === goal.id),
    })),
    networkTasks: tasks.filter((task) => task.goalId === null),
    deadlineOn: computeDeadlines(deadlineFactsOf(row.case), today).find((deadline) => deadline.kind === 'PLAN')?.dueOn ?? null,
    proposedAt: iso(row.proposedAt),
    proposedBy: row.proposedBy,
    approvedBy: row.approvedBy,
    approvedNumber: row.approvedNumber,
    sharedWithChildOn: isoDay(row.sharedWithChildOn),
    sharedWithParentsOn: isoDay(row.sharedWithParentsOn),
    childComments: row.childComments,
    parentComments: row.parentComments,
    followUps: row.followUps.map((followUp) => ({
      ...followUp,
      heldOn: toIsoDate(followUp.heldOn),
      nextFollowUpOn: isoDay(followUp.nextFollowUpOn),
      createdAt: followUp.createdAt.toISOString(),
    })),
    versions: row.versions.map((version) => ({
      number: version.number,
      status: version.status,
      author: version.author,
      createdAt: version.createdAt.toISOString(),
      changes: Array.isArray(version.changes) ? (version.changes as string[]) : [],
    })),
    can,
  };
}
