import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Bekymringer, sikkerhedsmål og kortlægninger. */
export const concernRoutes: FastifyPluginAsyncZod = async (app) => {
  void app;
};
