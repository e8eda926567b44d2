import type {
  ActionPlanDetail,
  ActionPlanStatus,
  ActionPlanType,
  GoalArea,
  PlanTask,
  PlanTaskStatus,
} from '@inddrag/contracts';
import { danishDate } from '../../lib/dates';
import type { PrintableBlock, PrintableDocument } from '../../lib/pdf/document';

// The child's plan as a printable document for the family (issue 8 point 6): plain Danish, the
// same sections as the print page (apps/web/src/features/action-plans/print). The plan detail
// carries no CPR number, and nothing here adds one. Danish labels here, because the PDF is made
// on the server.

const PLAN_TYPE_TEXT: Record<ActionPlanType, string> = { BARNETS_PLAN: 'Barnets plan', UNGEPLAN: 'Ungeplan' };
const PLAN_STATUS_TEXT: Record<ActionPlanStatus, string> = {
  DRAFT: 'Udkast',
  PROPOSED: 'Foreslået',
  APPROVED: 'Godkendt',
};
const GOAL_AREA_TEXT: Record<GoalArea, string> = {
  DEVELOPMENT: 'Udvikling og adfærd',
  FAMILY: 'Familie',
  SCHOOL: 'Skole/dagtilbud',
  HEALTH: 'Sundhed',
  LEISURE: 'Fritid og venskaber',
  OTHER: 'Andet',
};
const TASK_STATUS_TEXT: Record<PlanTaskStatus, string> = {
  PLANNED: 'Planlagt',
  IN_PROGRESS: 'I gang',
  DONE: 'Udført',
  NOT_DONE: 'Ikke udført',
  CANCELLED: 'Aflyst',
};

const orDash = (text: string | null | undefined) => (text && text.trim() ? text.trim() : '–');
const dateOrDash = (iso: string | null) => (iso ? danishDate(iso) : '–');

function paragraphs(text: string): PrintableBlock[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0
    ? parts.map((part) => ({ kind: 'paragraph', text: part }))
    : [{ kind: 'paragraph', text: '–' }];
}

function taskTable(caption: string, tasks: readonly PlanTask[]): PrintableBlock {
  return {
    kind: 'table',
    caption,
    head: ['Hvem', 'Hvad', 'Hvornår', 'Status'],
    rows: tasks.map((task) => [task.who, task.what, dateOrDash(task.dueOn), TASK_STATUS_TEXT[task.status]]),
  };
}

/** The first name of the plan's own child (the plan may cover siblings too). */
export function childNameOf(plan: ActionPlanDetail): string {
  return plan.children.find((child) => child.caseId === plan.caseId)?.firstName ?? plan.children[0]?.firstName ?? '';
}

/** The next follow-up: the last recorded follow-up's next date. */
export function nextFollowUpOf(plan: ActionPlanDetail): string | null {
  const latest = [...plan.followUps].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0];
  return latest?.nextFollowUpOn ?? null;
}

export function planDocument(plan: ActionPlanDetail, municipalityName: string): PrintableDocument {
  const name = childNameOf(plan);
  const covered = plan.children.map((child) => child.firstName).join(', ');
  const blocks: PrintableBlock[] = [
    {
      kind: 'facts',
      rows: [
        { label: 'Planen gælder', value: orDash(covered) },
        { label: 'Hjemmel', value: plan.legalBasis },
        { label: 'Status', value: `${PLAN_STATUS_TEXT[plan.status]} (version ${plan.number})` },
        { label: 'Forventet varighed', value: plan.expectedDuration },
        { label: 'Næste opfølgning', value: dateOrDash(nextFollowUpOf(plan)) },
      ],
    },
    { kind: 'heading', text: 'Formålet med indsatsen' },
    ...paragraphs(plan.purpose),
    { kind: 'heading', text: 'Målene' },
  ];
  if (plan.goals.length === 0) blocks.push({ kind: 'paragraph', text: 'Planen har endnu ingen mål.' });
  plan.goals.forEach((goal, index) => {
    blocks.push(
      { kind: 'heading', text: `Mål ${index + 1}: ${GOAL_AREA_TEXT[goal.area]}` },
      { kind: 'paragraph', text: goal.goal },
      {
        kind: 'facts',
        rows: [
          { label: `${name || 'Barnet'} siger`, value: orDash(goal.childWords) },
          { label: 'Forældrene siger', value: orDash(goal.parentsView) },
          { label: 'Sådan ser vi fremskridt', value: orDash(goal.indicators) },
          { label: 'Vi ser på målet igen', value: dateOrDash(goal.reviewOn) },
        ],
      },
    );
    if (goal.tasks.length > 0) blocks.push(taskTable(`Opgaver til mål ${index + 1}`, goal.tasks));
  });
  blocks.push({ kind: 'heading', text: 'Netværket' }, ...paragraphs(plan.networkSection));
  if (plan.networkTasks.length > 0) blocks.push(taskTable('Netværkets opgaver', plan.networkTasks));
  blocks.push({ kind: 'heading', text: 'Støtten til familien' }, ...paragraphs(plan.familySupport));
  return {
    title: `${PLAN_TYPE_TEXT[plan.type]} for ${name}`,
    subtitle: `${PLAN_TYPE_TEXT[plan.type]} efter Barnets lov · ${municipalityName}`,
    sender: municipalityName,
    blocks,
    footer: `${PLAN_TYPE_TEXT[plan.type]} for ${name} · version ${plan.number}`,
  };
}
