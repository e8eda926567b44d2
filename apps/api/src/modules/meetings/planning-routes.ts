import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const meetingPlanningRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
