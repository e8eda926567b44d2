import type { FieldError, ScaleScore, ScaleScoreInput } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { scoreSelect, toScaleScore } from './store';

type Tx = Prisma.TransactionClient;

/** One score as the contract's schema hands it over (defaults applied, text trimmed). */
export type ParsedScaleScoreInput = z.infer<typeof ScaleScoreInput>;

export interface ScaleScoreLinks {
  /** The safety-plan review the scores were given at (safety plans fill it). */
  safetyPlanReviewId?: string;
  /** The meeting the scores were given at (meetings fill it). */
  meetingId?: string;
  /**
   * Where the scores sit in the caller's request, for the field paths of a 400 (default
   * `body.scores`, the same prefix the contract's own validation errors have).
   */
  errorPath?: string;
}

/** The ids of one kind the inputs refer to, without duplicates and nulls. */
const idsOf = (inputs: readonly ParsedScaleScoreInput[], key: 'statementId' | 'networkPersonId' | 'assessmentId' | 'respondentUserId') => [
  ...new Set(inputs.map((input) => input[key]).filter((id): id is string => id !== null)),
];

/**
 * Checks that every link of every score points at something the case (or, for a respondent user,
 * the actor's municipality) owns, and that no score is dated after today in Copenhagen.
 *
 * The links are checked by looking the rows up directly: the concern, assessment and network
 * modules own those rows, but their services read whole records with their own audit, while all
 * this needs is "does this id belong to this case" inside the caller's transaction.
 */
async function validateLinks(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  inputs: readonly ParsedScaleScoreInput[],
  path: string,
): Promise<void> {
  const [statements, persons, assessments, users] = await Promise.all([
    tx.concernStatement.findMany({ where: { caseId, id: { in: idsOf(inputs, 'statementId') } }, select: { id: true } }),
    tx.networkPerson.findMany({ where: { caseId, id: { in: idsOf(inputs, 'networkPersonId') } }, select: { id: true } }),
    tx.safetyAssessment.findMany({ where: { caseId, id: { in: idsOf(inputs, 'assessmentId') } }, select: { id: true } }),
    tx.user.findMany({
      where: { id: { in: idsOf(inputs, 'respondentUserId') }, municipalityId: ctx.actor.municipalityId, active: true },
      select: { id: true },
    }),
  ]);
  const known = {
    statementId: new Set(statements.map((row) => row.id)),
    networkPersonId: new Set(persons.map((row) => row.id)),
    assessmentId: new Set(assessments.map((row) => row.id)),
    respondentUserId: new Set(users.map((row) => row.id)),
  };
  const messages = {
    statementId: 'Bekymringsudsagnet findes ikke på sagen',
    networkPersonId: 'Personen findes ikke i sagens netværk',
    assessmentId: 'Kortlægningen findes ikke på sagen',
    respondentUserId: 'Brugeren findes ikke blandt kommunens aktive brugere',
  };
  const today = copenhagenToday(ctx.now);
  const errors: FieldError[] = [];
  inputs.forEach((input, index) => {
    if (input.scoredOn > today) {
      errors.push({ path: `${path}.${index}.scoredOn`, message: 'Datoen må ikke ligge i fremtiden' });
    }
    for (const key of Object.keys(known) as (keyof typeof known)[]) {
      const id = input[key];
      if (id !== null && !known[key].has(id)) errors.push({ path: `${path}.${index}.${key}`, message: messages[key] });
    }
  });
  if (errors.length > 0) throw new DomainValidationError('Nogle af scorerne kan ikke registreres.', errors);
}

/**
 * Records scores on the safety scale inside the caller's transaction: validates them against the
 * case, inserts them in the order given, writes one audit record per score and one timeline event
 * (scale.recorded) for them all. Used by the scaling routes and by a safety plan's review.
 */
export async function recordScaleScores(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  inputs: readonly ParsedScaleScoreInput[],
  links: ScaleScoreLinks = {},
): Promise<ScaleScore[]> {
  if (inputs.length === 0) return [];
  await validateLinks(tx, ctx, caseId, inputs, links.errorPath ?? 'body.scores');
  // A respondent without a unit (an external samordner) records under the unit holding the case.
  const createdUnitId =
    ctx.actor.unitId ??
    (await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { responsibleUnitId: true } })).responsibleUnitId;
  const created: ScaleScore[] = [];
  for (const input of inputs) {
    const row = await tx.scaleScore.create({
      data: {
        caseId,
        statementId: input.statementId,
        scoredOn: fromIsoDate(input.scoredOn),
        perspective: input.perspective,
        respondent: input.respondent,
        networkPersonId: input.networkPersonId,
        respondentUserId: input.respondentUserId,
        score: input.score,
        question: input.question,
        reason: input.reason || null,
        oneStepUp: input.oneStepUp || null,
        assessmentId: input.assessmentId,
        safetyPlanReviewId: links.safetyPlanReviewId ?? null,
        meetingId: links.meetingId ?? null,
        createdById: ctx.actor.userId,
        createdUnitId,
        createdAt: ctx.now,
      },
      select: scoreSelect,
    });
    await appendAudit(tx, ctx, {
      action: 'CREATE',
      entityType: 'ScaleScore',
      entityId: row.id,
      caseId,
      details: {
        changes: [
          { field: 'statementId', from: null, to: input.statementId },
          { field: 'scoredOn', from: null, to: input.scoredOn },
          { field: 'perspective', from: null, to: input.perspective },
          { field: 'respondent', from: null, to: input.respondent },
          { field: 'score', from: null, to: input.score },
        ],
      },
    });
    created.push(toScaleScore(row));
  }
  await appendCaseEvent(tx, ctx, {
    caseId,
    kind: 'scale.recorded',
    entityType: 'ScaleScore',
    entityId: created[0]!.id,
    data: { count: created.length },
  });
  return created;
}
