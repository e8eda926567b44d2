import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const meetingRunRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
