import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CursorQuery,
  InsightExportRequest,
  InsightExportResponse,
  UserActivityResponse,
  UserParams,
} from '@inddrag/contracts';

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const queries = app.services.auditQueries;

  app.get(
    '/audit/users/:userId',
    {
      config: { access: 'audit.userActivity' },
      schema: {
        tags,
        summary: "A user's activity",
        params: UserParams,
        querystring: CursorQuery,
        response: { 200: UserActivityResponse },
      },
    },
    async (request) => queries.userActivity(request.context(), request.params.userId, request.query.cursor),
  );
  app.post(
    '/audit/insight-export',
    {
      config: { access: 'audit.insightExport' },
      schema: {
        tags,
        summary: "A citizen's insight into the log of a child's case (GDPR art. 15), without employees' names",
        body: InsightExportRequest,
        response: { 200: InsightExportResponse },
      },
    },
    async (request) => queries.insightExport(request.context(), request.body.caseNumber, request.body.reason),
  );
};
