import { z } from 'zod';
import { IsoDate, IsoDateTime, limitedText, Uuid } from './common';
import { UnitRef, UserRef } from './units';

// Scaling (domain.md §2.5): scores 0–10 on the safety scale, for a statement/goal pair or overall,
// from each perspective, with the question asked, the reason given and what one step up would look
// like. Recorded over time, so everyone sees whether safety is growing. A score is never changed;
// one given by mistake is withdrawn with a reason and stays in the record.

export const ScalePerspective = z.enum(['CHILD', 'PARENT', 'NETWORK', 'PROFESSIONAL']).meta({ id: 'ScalePerspective' });
export type ScalePerspective = z.infer<typeof ScalePerspective>;
export const SCALE_PERSPECTIVES = ScalePerspective.options;

/** The general scaling question (Signs of Safety); 0 and 10 may be reworded for the audience. */
export const DEFAULT_SCALE_QUESTION =
  'På en skala fra 0 til 10, hvor 10 betyder, at der er sikkerhed nok til at lukke sagen, og 0 betyder, at det er så slemt, at barnet ikke kan være sikkert hjemme – hvor vil du placere situationen nu?';


export const ScaleScoreInput = z
  .object({
    /** The statement/goal pair scored; null is the overall score. */
    statementId: Uuid.nullable().default(null),
    scoredOn: IsoDate,
    perspective: ScalePerspective,
    /** Who answered, in words: "Emma", "Mor", "Mormor", "Sagsbehandler". */
    respondent: limitedText(200, 'Hvem').min(1, 'Skriv hvem der har givet scoren'),
    /** A network person of the case, when the respondent is one. */
    networkPersonId: Uuid.nullable().default(null),
    /** A user, when the respondent is a professional using the app. */
    respondentUserId: Uuid.nullable().default(null),
    score: z
      .number({ error: 'Vælg en score fra 0 til 10' })
      .int('Scoren skal være et helt tal')
      .min(0, 'Scoren skal være mellem 0 og 10')
      .max(10, 'Scoren skal være mellem 0 og 10'),
    question: limitedText(1000, 'Spørgsmålet').min(1, 'Skriv det spørgsmål, der blev stillet'),
    reason: limitedText(2000, 'Begrundelsen').nullable().default(null),
    oneStepUp: limitedText(2000, 'Et skridt op').nullable().default(null),
    /** The assessment (kortlægning) the score belongs to, if any. */
    assessmentId: Uuid.nullable().default(null),
  })
  // Not "ScaleScoreInput": the OpenAPI generator names ScaleScore's input form that, and the two would collide.
  .meta({ id: 'ScaleScoreFields' });
export type ScaleScoreInput = z.input<typeof ScaleScoreInput>;

/** Several scores at once, e.g. every participant's at a meeting. */
export const RecordScaleScoresRequest = z
  .object({ scores: z.array(ScaleScoreInput).min(1, 'Angiv mindst én score').max(50) })
  .meta({ id: 'RecordScaleScoresRequest' });
export type RecordScaleScoresRequest = z.input<typeof RecordScaleScoresRequest>;

export const ScaleScore = z
  .object({
    id: Uuid,
    caseId: Uuid,
    statementId: Uuid.nullable(),
    scoredOn: IsoDate,
    perspective: ScalePerspective,
    respondent: z.string(),
    networkPersonId: Uuid.nullable(),
    respondentUserId: Uuid.nullable(),
    score: z.number().int(),
    question: z.string(),
    reason: z.string().nullable(),
    oneStepUp: z.string().nullable(),
    assessmentId: Uuid.nullable(),
    safetyPlanReviewId: Uuid.nullable(),
    meetingId: Uuid.nullable(),
    withdrawnAt: IsoDateTime.nullable(),
    withdrawnReason: z.string().nullable(),
    createdBy: UserRef,
    createdUnit: UnitRef,
    createdAt: IsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'ScaleScore' });
export type ScaleScore = z.infer<typeof ScaleScore>;

export const RecordScaleScoresResponse = z
  .object({ items: z.array(ScaleScore) })
  .meta({ id: 'RecordScaleScoresResponse' });
export type RecordScaleScoresResponse = z.infer<typeof RecordScaleScoresResponse>;

export const WithdrawScaleScoreRequest = z
  .object({
    reason: limitedText(1000, 'Begrundelsen').min(1, 'Skriv hvorfor scoren trækkes tilbage'),
    version: z.number().int(),
  })
  .meta({ id: 'WithdrawScaleScoreRequest' });
export type WithdrawScaleScoreRequest = z.infer<typeof WithdrawScaleScoreRequest>;

/** The latest score of one respondent on one scale (a pair, or overall), and the one before it. */
export const ScaleTrend = z
  .object({
    statementId: Uuid.nullable(),
    perspective: ScalePerspective,
    respondent: z.string(),
    latest: z.object({ score: z.number().int(), scoredOn: IsoDate }),
    previous: z.object({ score: z.number().int(), scoredOn: IsoDate }).nullable(),
    direction: z.enum(['UP', 'DOWN', 'SAME', 'FIRST']),
  })
  .meta({ id: 'ScaleTrend' });
export type ScaleTrend = z.infer<typeof ScaleTrend>;

/** GET /api/cases/:caseId/scale-scores: every score, oldest first, and the latest per respondent. */
export const CaseScaleScores = z
  .object({
    items: z.array(ScaleScore),
    trends: z.array(ScaleTrend),
    can: z.object({ record: z.boolean() }),
  })
  .meta({ id: 'CaseScaleScores' });
export type CaseScaleScores = z.infer<typeof CaseScaleScores>;

export const ScaleScoresQuery = z.object({
  /** Only one pair's scores; "overall" for the overall scale. */
  statementId: z.union([Uuid, z.literal('overall')]).optional(),
  includeWithdrawn: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type ScaleScoresQuery = z.infer<typeof ScaleScoresQuery>;

export const ScaleScoreParams = z.object({ caseId: Uuid, scoreId: Uuid });
