import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseListQuery, CaseListResponse } from '@inddrag/contracts';

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Find cases',
        querystring: CaseListQuery,
        response: { 200: CaseListResponse },
      },
    },
    async (request) => app.services.cases.list(request.query),
  );
};
