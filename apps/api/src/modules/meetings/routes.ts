import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseParams,
  MeetingDetail,
  MeetingList,
  MeetingOptions,
  MeetingParams,
  MyMeetingList,
  MyMeetingsQuery,
  PlanMeetingRequest,
} from '@inddrag/contracts';
import { conferenceRoutes } from './conference-routes';
import { meetingPlanningRoutes } from './planning-routes';
import { meetingRunRoutes } from './run-routes';

const tags = ['meetings'];

/** Meetings: the case's meetings, planning one, reading one, and the user's own meetings. */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meetings } = app.services;

  app.get(
    '/cases/:caseId/meetings',
    {
      config: { access: 'meeting.list' },
      schema: { tags, summary: "The case's meetings, newest first", params: CaseParams, response: { 200: MeetingList } },
    },
    async (request) => meetings.list(request.context(), request.params.caseId),
  );

  app.get(
    '/cases/:caseId/meetings/options',
    {
      config: { access: 'meeting.create' },
      schema: {
        tags,
        summary: 'Choices for planning a meeting: team, facilitators, coordinators, whom to invite, earlier meetings',
        params: CaseParams,
        response: { 200: MeetingOptions },
      },
    },
    async (request) => meetings.options(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/meetings',
    {
      config: { access: 'meeting.create' },
      schema: {
        tags,
        summary: 'Plan a meeting (a network council sets the 7-day deadline from the police date)',
        params: CaseParams,
        body: PlanMeetingRequest,
        response: { 201: MeetingDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await meetings.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/meetings/mine',
    {
      config: { access: 'meeting.mine' },
      schema: {
        tags,
        summary: "The user's meetings: where he leads, invites, takes notes or is invited; a coordinator's conferences",
        querystring: MyMeetingsQuery,
        response: { 200: MyMeetingList },
      },
    },
    async (request) => meetings.mine(request.context(), request.query.include),
  );

  app.get(
    '/meetings/:meetingId',
    {
      config: { access: 'meeting.read' },
      schema: { tags, summary: 'A meeting with its participants, notes, decisions and checklists', params: MeetingParams, response: { 200: MeetingDetail } },
    },
    async (request) => meetings.get(request.context(), request.params.meetingId),
  );

  await app.register(meetingPlanningRoutes);
  await app.register(meetingRunRoutes);
  await app.register(conferenceRoutes);
};
