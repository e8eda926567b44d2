import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Skalering. */
export const scalingRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
