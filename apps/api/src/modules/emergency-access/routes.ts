import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EmergencyAccessFlagList, EmergencyAccessGrant, EmergencyAccessRequest, IdParams } from '@inddrag/contracts';

const tags = ['emergency-access'];

export const emergencyAccessRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.emergencyAccess;

  app.post(
    '/emergency-access',
    {
      config: { access: 'case.emergencyAccess' },
      schema: {
        tags,
        summary: 'Break the glass: time-limited, logged access to a case',
        body: EmergencyAccessRequest,
        response: { 201: EmergencyAccessGrant },
      },
    },
    async (request, reply) => reply.code(201).send(await service.grant(request.context(), request.body)),
  );
  app.get(
    '/emergency-access',
    {
      config: { access: 'emergencyAccess.review' },
      schema: {
        tags,
        summary: "Emergency accesses to the leader's unit's cases",
        response: { 200: EmergencyAccessFlagList },
      },
    },
    async (request) => ({ items: await service.flagsForLeader(request.context()) }),
  );
  app.post(
    '/emergency-access/:id/reviewed',
    {
      config: { access: 'emergencyAccess.review' },
      schema: { tags, summary: 'Mark an emergency access as reviewed', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.markReviewed(request.context(), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
