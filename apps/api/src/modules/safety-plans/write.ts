import type { SafetyPlanFields } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { fromIsoDate, toIsoDate } from '../../lib/dates';

type Tx = Prisma.TransactionClient;

/** The plan's parts the save replaces, and its existing rules and reviews the save must respect. */
export async function existingParts(tx: Tx, planId: string) {
  const [rules, reviews] = await Promise.all([
    tx.safetyPlanRule.findMany({ where: { planId }, select: { id: true } }),
    tx.safetyPlanReview.findMany({ where: { planId }, select: { id: true, dueOn: true, heldOn: true } }),
  ]);
  return {
    ruleIds: rules.map((r) => r.id),
    reviews: reviews.map((r) => ({ id: r.id, dueOn: toIsoDate(r.dueOn), held: r.heldOn !== null })),
    heldReviewDates: reviews.filter((r) => r.heldOn !== null).map((r) => toIsoDate(r.dueOn)),
  };
}

/**
 * Writes the plan's document parts: statements, rules (a rule sent with its id keeps it), responsible
 * persons, network, checks and images are replaced; a planned date without a review gets one, an
 * unheld review whose date was removed goes, held reviews stay as they are.
 */
export async function writeParts(
  tx: Tx,
  planId: string,
  fields: SafetyPlanFields,
  reviews: readonly { id: string; dueOn: string; held: boolean }[],
): Promise<void> {
  await tx.safetyPlanStatement.deleteMany({ where: { planId } });
  await tx.safetyPlanRuleResponsible.deleteMany({ where: { rule: { planId } } });
  await tx.safetyPlanRule.deleteMany({ where: { planId } });
  await tx.safetyNetworkMember.deleteMany({ where: { planId } });
  await tx.safetyPlanCheck.deleteMany({ where: { planId } });
  await tx.safetyPlanImage.deleteMany({ where: { planId } });

  if (fields.statementIds.length)
    await tx.safetyPlanStatement.createMany({ data: fields.statementIds.map((statementId) => ({ planId, statementId })) });
  const rules = fields.rules.map((rule) => ({ ...rule, id: rule.id ?? crypto.randomUUID() }));
  if (rules.length) {
    await tx.safetyPlanRule.createMany({
      data: rules.map((rule, position) => ({
        id: rule.id,
        planId,
        position,
        text: rule.text,
        monitoredBy: rule.monitoredBy,
        warningSigns: rule.warningSigns,
        ifBroken: rule.ifBroken,
      })),
    });
    const responsible = rules.flatMap((rule) => rule.responsiblePersonIds.map((personId) => ({ ruleId: rule.id, personId })));
    if (responsible.length) await tx.safetyPlanRuleResponsible.createMany({ data: responsible });
  }
  if (fields.network.length)
    await tx.safetyNetworkMember.createMany({
      data: fields.network.map((member) => ({ planId, personId: member.personId, role: member.role || null })),
    });
  if (fields.checks.length)
    await tx.safetyPlanCheck.createMany({ data: fields.checks.map((check, position) => ({ planId, position, ...check })) });
  if (fields.images.length)
    await tx.safetyPlanImage.createMany({
      data: fields.images.map((image, position) => ({ planId, position, documentId: image.documentId, caption: image.caption || null })),
    });

  const planned = new Set(fields.reviewDates);
  const removed = reviews.filter((review) => !review.held && !planned.has(review.dueOn)).map((review) => review.id);
  if (removed.length) await tx.safetyPlanReview.deleteMany({ where: { id: { in: removed } } });
  const existingDates = new Set(reviews.map((review) => review.dueOn));
  const added = [...planned].filter((date) => !existingDates.has(date));
  if (added.length) await tx.safetyPlanReview.createMany({ data: added.map((date) => ({ planId, dueOn: fromIsoDate(date) })) });
}
