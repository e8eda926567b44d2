import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Sikkerhedsplaner. */
export const safetyPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
