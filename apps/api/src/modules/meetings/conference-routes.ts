import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApproveFamilyPlanRequest,
  MeetingDetail,
  MeetingParams,
  PrivateFamilyTimeRequest,
  SaveConferenceQuestionsRequest,
} from '@inddrag/contracts';

const tags = ['meetings'];

/** Family group conference: the family's questions, private family time, the caseworker's approval. */
export const conferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meetings } = app.services;

  app.put(
    '/meetings/:meetingId/conference/questions',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: 'The questions the family is to answer (ids kept, so answers stay with their question)',
        params: MeetingParams,
        body: SaveConferenceQuestionsRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.saveQuestions(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/conference/private-time',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: 'Start or end private family time (no professionals present); ending it records that it was held',
        params: MeetingParams,
        body: PrivateFamilyTimeRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.privateTime(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/conference/approval',
    {
      config: { access: 'meeting.approvePlan' },
      schema: {
        tags,
        summary: "The caseworker's decision on the family's plan: approved, revised with reasons, or rejected with reasons",
        params: MeetingParams,
        body: ApproveFamilyPlanRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.approvePlan(request.context(), request.params.meetingId, request.body),
  );
};
