import type { PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { renderPdf } from '../../lib/pdf/render';
import { recordAudit } from '../audit/service';
import { planDocument } from './plan-document';
import type { ActionPlanService } from './service';

/** The plan as a PDF for the family (A4, CPR never in it); the read is audited as a PDF read. */
export async function actionPlanPdf(
  prisma: PrismaClient,
  service: Pick<ActionPlanService, 'detail'>,
  ctx: RequestContext,
  caseId: string,
  planId: string,
) {
  const plan = await service.detail(ctx, caseId, planId);
  await recordAudit(prisma, ctx, {
    action: 'READ',
    entityType: 'ActionPlan',
    entityId: planId,
    caseId,
    details: { format: 'pdf' },
  });
  const fileName = `barnets-plan-v${plan.number}-${copenhagenToday(ctx.now)}.pdf`;
  return { fileName, pdf: await renderPdf(planDocument(plan, ctx.actor.municipalityName)) };
}
