import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthResponse } from '@inddrag/contracts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'health.read' },
      schema: {
        tags: ['health'],
        summary: 'Whether the database answers and migrations are current',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const health = await app.services.health.check();
      return reply.code(health.status === 'ok' ? 200 : 503).send(health);
    },
  );
};
