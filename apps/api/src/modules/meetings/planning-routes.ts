import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AddParticipantsRequest,
  CancelMeetingRequest,
  InvitationLetter,
  MeetingDetail,
  MeetingParams,
  ParticipantParams,
  RemoveParticipantQuery,
  SavePreparationRequest,
  UpdateMeetingPlanRequest,
  UpdateParticipantRequest,
} from '@inddrag/contracts';
import { attachmentDisposition } from '../documents/content-disposition';

const tags = ['meetings'];

/** Planning after planning: the plan, participants and invitations, preparation, cancelling, letters. */
export const meetingPlanningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { meetings } = app.services;

  app.put(
    '/meetings/:meetingId/plan',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: 'Change the plan (409 with the current meeting when the version is stale)',
        params: MeetingParams,
        body: UpdateMeetingPlanRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.updatePlan(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/participants',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: "Invite people (the map's consent and risk rules apply: a blocked person answers 422 saying why)",
        params: MeetingParams,
        body: AddParticipantsRequest,
        response: { 201: MeetingDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await meetings.addParticipants(request.context(), request.params.meetingId, request.body)),
  );

  app.patch(
    '/meetings/:meetingId/participants/:participantId',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary:
          "Record the invitation sent, the reply, expectations aligned, attendance (409 when the participant's version is stale)",
        params: ParticipantParams,
        body: UpdateParticipantRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) =>
      meetings.updateParticipant(
        request.context(),
        request.params.meetingId,
        request.params.participantId,
        request.body,
      ),
  );

  app.delete(
    '/meetings/:meetingId/participants/:participantId',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: "Remove a participant (a network council's mandatory invitees stay: 422)",
        params: ParticipantParams,
        querystring: RemoveParticipantQuery,
        response: { 200: MeetingDetail },
      },
    },
    async (request) =>
      meetings.removeParticipant(
        request.context(),
        request.params.meetingId,
        request.params.participantId,
        request.query.version,
      ),
  );

  app.put(
    '/meetings/:meetingId/preparation',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: 'Save the preparation checklist',
        params: MeetingParams,
        body: SavePreparationRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.savePreparation(request.context(), request.params.meetingId, request.body),
  );

  app.post(
    '/meetings/:meetingId/cancel',
    {
      config: { access: 'meeting.edit' },
      schema: {
        tags,
        summary: 'Cancel a meeting that has not been held, with the reason',
        params: MeetingParams,
        body: CancelMeetingRequest,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => meetings.cancel(request.context(), request.params.meetingId, request.body),
  );

  app.get(
    '/meetings/:meetingId/participants/:participantId/invitation',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary:
          "A participant's invitation letter in plain Danish (names and relations of the others only; never CPR)",
        params: ParticipantParams,
        response: { 200: InvitationLetter },
      },
    },
    async (request) =>
      meetings.invitationLetter(request.context(), request.params.meetingId, request.params.participantId),
  );

  app.get(
    '/meetings/:meetingId/participants/:participantId/invitation.pdf',
    {
      config: { access: 'meeting.read' },
      exposeHeadRoute: false,
      schema: { tags, summary: 'The invitation letter as a PDF (A4)', params: ParticipantParams },
    },
    async (request, reply) => {
      const file = await meetings.invitationPdf(
        request.context(),
        request.params.meetingId,
        request.params.participantId,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
