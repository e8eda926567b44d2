import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseParams, TimelineQuery, TimelineResponse } from '@inddrag/contracts';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { timeline } = app.services;
  app.get(
    '/cases/:caseId/timeline',
    {
      config: { access: 'case.timeline' },
      schema: {
        tags: ['cases'],
        summary: "The case's timeline, newest first",
        params: CaseParams,
        querystring: TimelineQuery,
        response: { 200: TimelineResponse },
      },
    },
    async (request) => timeline.list(request.context(), request.params.caseId, request.query),
  );
};
