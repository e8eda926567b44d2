import type { ActionPlanFields, FieldError } from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { contactStatusInTx } from '../network-maps/contact-rules';
import type { Tx } from './shared';

type Task = ActionPlanFields['networkTasks'][number];

/** Every task with the path a field error names it by. */
export function tasksWithPaths(fields: ActionPlanFields): { task: Task; path: string; goalIndex: number | null }[] {
  return [
    ...fields.goals.flatMap((goal, goalIndex) =>
      goal.tasks.map((task, index) => ({ task, path: `body.goals.${goalIndex}.tasks.${index}`, goalIndex })),
    ),
    ...fields.networkTasks.map((task, index) => ({ task, path: `body.networkTasks.${index}`, goalIndex: null })),
  ];
}

/**
 * The plan's references must be the case's own: the decision, the siblings' cases (same sibling
 * group), the assignees (a user or unit of the municipality, a network person the map's rules let
 * the team contact), and the meeting decisions and part-2 agreements tasks are made from, each
 * linked to one task only.
 */
export async function validatePlan(tx: Tx, ctx: RequestContext, caseId: string, planId: string | null, fields: ActionPlanFields) {
  const errors: FieldError[] = [];
  const today = copenhagenToday(ctx.now);
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { siblingGroupId: true, municipalityId: true } });
  if (fields.decisionId && (await tx.caseDecision.count({ where: { id: fields.decisionId, caseId } })) === 0)
    errors.push({ path: 'body.decisionId', message: 'Afgørelsen hører ikke til sagen' });
  if (fields.siblingCaseIds.length > 0) {
    const siblings = kase.siblingGroupId
      ? await tx.case.count({ where: { id: { in: fields.siblingCaseIds }, siblingGroupId: kase.siblingGroupId, NOT: { id: caseId } } })
      : 0;
    if (siblings !== new Set(fields.siblingCaseIds).size)
      errors.push({ path: 'body.siblingCaseIds', message: 'Planen kan kun dække søskende, hvis sager er knyttet til denne' });
  }
  const seenDecisions = new Set<string>();
  const seenAgreements = new Set<string>();
  for (const { task, path } of tasksWithPaths(fields)) {
    if (task.assignee === 'PROFESSIONAL') {
      const user = task.userId
        ? await tx.user.count({ where: { id: task.userId, municipalityId: kase.municipalityId, active: true } })
        : 0;
      if (user === 0) errors.push({ path: `${path}.userId`, message: 'Vælg den fagperson, der har opgaven' });
    }
    if (task.assignee === 'UNIT') {
      const unit = task.unitId ? await tx.unit.count({ where: { id: task.unitId, municipalityId: kase.municipalityId } }) : 0;
      if (unit === 0) errors.push({ path: `${path}.unitId`, message: 'Vælg den enhed, der har opgaven' });
    }
    if (task.assignee === 'NETWORK_PERSON') {
      const person = task.networkPersonId ? await tx.networkPerson.count({ where: { id: task.networkPersonId, caseId } }) : 0;
      if (person === 0 || !task.networkPersonId) {
        errors.push({ path: `${path}.networkPersonId`, message: 'Vælg personen fra netværkskortet' });
      } else {
        const contact = await contactStatusInTx(tx, caseId, task.networkPersonId, today);
        if (!contact.allowed)
          errors.push({ path: `${path}.networkPersonId`, message: `Personen kan ikke få en opgave: ${contact.blocks.map((b) => b.message).join(' ')}` });
      }
    }
    if (task.meetingDecisionId) {
      const decision = await tx.meetingDecision.findFirst({
        where: { id: task.meetingDecisionId, meeting: { caseId } },
        select: { actionPlanTask: { select: { id: true, planId: true } } },
      });
      const takenElsewhere = decision?.actionPlanTask && (decision.actionPlanTask.planId !== planId || decision.actionPlanTask.id !== task.id);
      if (!decision || takenElsewhere || seenDecisions.has(task.meetingDecisionId))
        errors.push({ path: `${path}.meetingDecisionId`, message: 'Aftalen fra mødet findes ikke på sagen eller er allerede en opgave' });
      seenDecisions.add(task.meetingDecisionId);
    }
    if (task.networkAgreementId) {
      const agreement = await tx.networkAgreement.findFirst({
        where: { id: task.networkAgreementId, person: { caseId } },
        select: { actionPlanTask: { select: { id: true, planId: true } } },
      });
      const takenElsewhere = agreement?.actionPlanTask && (agreement.actionPlanTask.planId !== planId || agreement.actionPlanTask.id !== task.id);
      if (!agreement || takenElsewhere || seenAgreements.has(task.networkAgreementId))
        errors.push({ path: `${path}.networkAgreementId`, message: 'Aftalen i netværkskortet findes ikke på sagen eller er allerede en opgave' });
      seenAgreements.add(task.networkAgreementId);
    }
  }
  if (errors.length > 0) throw new DomainValidationError('Planen kan ikke gemmes.', errors);
}
