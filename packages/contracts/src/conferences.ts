import { z } from 'zod';
import { limitedText, Uuid } from './common';

// What only a family group conference (familierådslagning, domain.md §2.9) has: the questions the
// family is to answer (formulated with the referring caseworker), private family time (no
// professionals present; the app records that it was held), the family's plan and the
// caseworker's approval: approved, revised with reasons, or rejected with reasons.


export const PlanApproval = z.enum(['APPROVED', 'REVISED', 'REJECTED']).meta({ id: 'PlanApproval' });
export type PlanApproval = z.infer<typeof PlanApproval>;

export const ConferenceQuestionInput = z
  .object({
    /** Kept across saves so the family's answers stay with their question. */
    id: Uuid.nullable().default(null),
    text: limitedText(2000, 'Spørgsmålet').min(1, 'Skriv spørgsmålet'),
  })
  .meta({ id: 'ConferenceQuestionInput' });

export const SaveConferenceQuestionsRequest = z
  .object({
    version: z.number().int(),
    questions: z.array(ConferenceQuestionInput).min(1, 'Skriv mindst ét spørgsmål, familien skal svare på').max(10),
  })
  .meta({ id: 'SaveConferenceQuestionsRequest' });
export type SaveConferenceQuestionsRequest = z.input<typeof SaveConferenceQuestionsRequest>;

export const PrivateFamilyTimeRequest = z
  .object({ version: z.number().int(), action: z.enum(['START', 'END']) })
  .meta({ id: 'PrivateFamilyTimeRequest' });
export type PrivateFamilyTimeRequest = z.input<typeof PrivateFamilyTimeRequest>;

/** The caseworker's decision on the family's plan; revised and rejected need reasons. */
export const ApproveFamilyPlanRequest = z
  .object({
    version: z.number().int(),
    decision: PlanApproval,
    reason: limitedText(4000, 'Begrundelsen').nullable().default(null),
    /** For "revised": the plan as revised with the family. */
    revisedPlan: limitedText(20_000, 'Den reviderede plan').nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== 'APPROVED' && !value.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Skriv begrundelsen for beslutningen' });
    if (value.decision === 'REVISED' && !value.revisedPlan)
      ctx.addIssue({ code: 'custom', path: ['revisedPlan'], message: 'Skriv planen, som den er revideret' });
  })
  .meta({ id: 'ApproveFamilyPlanRequest' });
export type ApproveFamilyPlanRequest = z.input<typeof ApproveFamilyPlanRequest>;
