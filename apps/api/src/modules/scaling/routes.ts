import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseParams,
  CaseScaleScores,
  RecordScaleScoresRequest,
  RecordScaleScoresResponse,
  ScaleScore,
  ScaleScoreParams,
  ScaleScoresQuery,
  WithdrawScaleScoreRequest,
} from '@inddrag/contracts';

const tags = ['scaling'];

/** Skalering: scores on the safety scale, per pair or overall, from every perspective, over time. */
export const scalingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { scaling } = app.services;

  app.get(
    '/cases/:caseId/scale-scores',
    {
      config: { access: 'concerns.read' },
      schema: {
        tags,
        summary: 'The scores oldest first (withdrawn ones on request) and the latest per respondent with its trend',
        params: CaseParams,
        querystring: ScaleScoresQuery,
        response: { 200: CaseScaleScores },
      },
    },
    async (request) => scaling.list(request.context(), request.params.caseId, request.query),
  );

  app.post(
    '/cases/:caseId/scale-scores',
    {
      config: { access: 'scaling.record' },
      schema: {
        tags,
        summary: 'Record one or more scores at once',
        params: CaseParams,
        body: RecordScaleScoresRequest,
        response: { 201: RecordScaleScoresResponse },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await scaling.record(request.context(), request.params.caseId, request.body.scores)),
  );

  app.post(
    '/cases/:caseId/scale-scores/:scoreId/withdraw',
    {
      config: { access: 'scaling.record' },
      schema: {
        tags,
        summary: 'Withdraw a score given by mistake, with a reason (409 on a stale version or if already withdrawn)',
        params: ScaleScoreParams,
        body: WithdrawScaleScoreRequest,
        response: { 200: ScaleScore },
      },
    },
    async (request) =>
      scaling.withdraw(request.context(), request.params.caseId, request.params.scoreId, request.body),
  );
};
