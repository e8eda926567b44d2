import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MunicipalitySettings, UpdateMunicipalitySettingsRequest } from '@inddrag/contracts';

const tags = ['municipality'];

export const municipalityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { municipality } = app.services;

  app.get(
    '/municipality/settings',
    {
      config: { access: 'municipality.settings' },
      schema: { tags, summary: "The municipality's settings", response: { 200: MunicipalitySettings } },
    },
    async (request) => municipality.settings(request.context()),
  );

  app.patch(
    '/municipality/settings',
    {
      config: { access: 'municipality.settings' },
      schema: {
        tags,
        summary: "Change the municipality's settings (409 on a stale version)",
        body: UpdateMunicipalitySettingsRequest,
        response: { 200: MunicipalitySettings },
      },
    },
    async (request) => municipality.updateSettings(request.context(), request.body),
  );
};
