import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateAgreementsRequest,
  CreateAgreementsResponse,
  DecisionParams,
  FinishMeetingRequest,
  MeetingDecisionWrite,
  MeetingDetail,
  MeetingMinutes,
  MeetingParams,
  MeetingRunSaved,
  MeetingVersionRequest,
  MinutesQuery,
  RecordMeetingScoresRequest,
  SaveFidelityRequest,
  SaveMeetingRunRequest,
  VersionQuery,
} from '@inddrag/contracts';
import { attachmentDisposition } from '../documents/content-disposition';

const tags = ['meetings'];
const edit = { access: 'meeting.edit' } as const;
const read = { access: 'meeting.read' } as const;

/** The meeting itself: start, autosave, decisions, agreements, scores, finish, fidelity, minutes. */
export const meetingRunRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meetings } = app.services;

  app.post(
    '/meetings/:meetingId/start',
    {
      config: edit,
      schema: { tags, summary: 'Start a planned meeting (IN_PROGRESS, first phase)', params: MeetingParams, body: MeetingVersionRequest, response: { 200: MeetingDetail } },
    },
    async (request) => meetings.startMeeting(request.context(), request.params.meetingId, request.body),
  );

  app.patch(
    '/meetings/:meetingId/run',
    {
      config: edit,
      schema: {
        tags,
        summary: "The meeting screen's autosave: notes (merged per phase), columns, attendance, answers (409 with the current meeting when stale)",
        params: MeetingParams,
        body: SaveMeetingRunRequest,
        response: { 200: MeetingRunSaved },
      },
    },
    async (request) => meetings.saveRun(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/decisions',
    {
      config: edit,
      schema: { tags, summary: 'Add a decision (what, who, by when)', params: MeetingParams, body: MeetingDecisionWrite, response: { 201: MeetingDetail } },
    },
    async (request, reply) => reply.code(201).send(await meetings.addDecision(request.context(), request.params.meetingId, request.body)),
  );

  app.put(
    '/meetings/:meetingId/decisions/:decisionId',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Change a decision (one already made a part-2 agreement is changed on the network map: 422)',
        params: DecisionParams,
        body: MeetingDecisionWrite,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.updateDecision(request.context(), request.params.meetingId, request.params.decisionId, request.body),
  );

  app.delete(
    '/meetings/:meetingId/decisions/:decisionId',
    {
      config: edit,
      schema: {
        tags,
        summary: 'Remove a decision (one already made a part-2 agreement is withdrawn on the network map: 422)',
        params: DecisionParams,
        querystring: VersionQuery,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.deleteDecision(request.context(), request.params.meetingId, request.params.decisionId, request.query.version),
  );

  app.post(
    '/meetings/:meetingId/agreements',
    {
      config: edit,
      schema: {
        tags,
        summary: "Turn decisions into part-2 agreements of the network map in one step (a person who may not be contacted: 422)",
        params: MeetingParams,
        body: CreateAgreementsRequest,
        response: { 200: CreateAgreementsResponse },
      },
    },
    async (request) => meetings.createAgreements(request.context(), request.params.meetingId, request.body.decisionIds),
  );

  app.post(
    '/meetings/:meetingId/scores',
    {
      config: edit,
      schema: { tags, summary: "Record the participants' scale scores", params: MeetingParams, body: RecordMeetingScoresRequest, response: { 200: MeetingDetail } },
    },
    async (request) => meetings.recordScores(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/finish',
    {
      config: edit,
      schema: {
        tags,
        summary: "Finish the meeting (HELD); a network council's date meets the case's 7-day deadline",
        params: MeetingParams,
        body: FinishMeetingRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.finishMeeting(request.context(), request.params.meetingId, request.body),
  );

  app.put(
    '/meetings/:meetingId/fidelity',
    {
      config: edit,
      schema: { tags, summary: "Method fidelity: the type's checklist, after the meeting", params: MeetingParams, body: SaveFidelityRequest, response: { 200: MeetingDetail } },
    },
    async (request) => meetings.saveFidelity(request.context(), request.params.meetingId, request.body),
  );

  app.get(
    '/meetings/:meetingId/minutes',
    {
      config: read,
      schema: {
        tags,
        summary: 'The minutes; the NETWORK version leaves out the professional notes',
        params: MeetingParams,
        querystring: MinutesQuery,
        response: { 200: MeetingMinutes },
      },
    },
    async (request) => meetings.minutes(request.context(), request.params.meetingId, request.query.audience),
  );

  app.get(
    '/meetings/:meetingId/minutes.pdf',
    {
      config: read,
      exposeHeadRoute: false,
      schema: { tags, summary: 'The minutes as a PDF (A4)', params: MeetingParams, querystring: MinutesQuery },
    },
    async (request, reply) => {
      const file = await meetings.minutesPdf(request.context(), request.params.meetingId, request.query.audience);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.pdf);
    },
  );

  app.post(
    '/meetings/:meetingId/minutes/share',
    {
      config: edit,
      schema: {
        tags,
        summary: "Put the minutes on the case's timeline; the meeting can no longer be corrected",
        params: MeetingParams,
        body: MeetingVersionRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.shareMinutes(request.context(), request.params.meetingId, request.body),
  );
};
