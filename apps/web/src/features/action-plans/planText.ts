import type { ActionPlanDetail } from '@inddrag/contracts';

/** The first name of the plan's own child (a plan may cover siblings too). */
export function childNameOf(plan: ActionPlanDetail): string {
  return plan.children.find((child) => child.caseId === plan.caseId)?.firstName ?? plan.children[0]?.firstName ?? '';
}

/** The next follow-up: the latest follow-up's next date. */
export function nextFollowUpOf(plan: ActionPlanDetail): string | null {
  const latest = [...plan.followUps].sort(
    (a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt),
  )[0];
  return latest?.nextFollowUpOn ?? null;
}
