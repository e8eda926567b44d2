import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AlertListQuery, AlertListResponse, AlertSummary, MarkAlertsReadRequest } from '@inddrag/contracts';

const tags = ['alerts'];

export const alertRoutes: FastifyPluginAsyncZod = async (app) => {
  const { alerts } = app.services;

  app.get(
    '/alerts',
    {
      config: { access: 'alert.own' },
      schema: {
        tags,
        summary: "One's own notifications, newest first, with the unread count",
        querystring: AlertListQuery,
        response: { 200: AlertListResponse },
      },
    },
    async (request) => alerts.list(request.context(), request.query),
  );

  app.get(
    '/alerts/summary',
    {
      config: { access: 'alert.own' },
      schema: {
        tags,
        summary: "How many of one's notifications are unread (for the bell)",
        response: { 200: AlertSummary },
      },
    },
    async (request) => alerts.summary(request.context()),
  );

  app.post(
    '/alerts/read',
    {
      config: { access: 'alert.own' },
      schema: {
        tags,
        summary: "Mark some or all of one's notifications as read",
        body: MarkAlertsReadRequest,
        response: { 200: AlertSummary },
      },
    },
    async (request) => alerts.markRead(request.context(), request.body),
  );
};
