import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddTeamMemberRequest,
  CaseAccessLogResponse,
  CaseDetail,
  CaseListQuery,
  CaseListResponse,
  CaseParams,
  ChangeHistoryResponse,
  CaseTeamMember,
  CursorQuery,
  ChangeHistoryQuery,
  VersionQuery,
  RevealCprRequest,
  RevealCprResponse,
  TeamMemberParams,
  UpdateCaseRequest,
  UpdateTeamMemberRequest,
} from '@inddrag/contracts';
import { MyCasesQuery, MyCasesResponse } from '@inddrag/contracts';

const tags = ['cases'];

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { cases, team, auditQueries } = app.services;

  app.get(
    '/cases',
    {
      config: { access: 'case.list' },
      schema: { tags, summary: 'Find cases', querystring: CaseListQuery, response: { 200: CaseListResponse } },
    },
    async (request) => cases.list(request.context(), request.query),
  );

  app.get(
    '/cases/mine',
    {
      config: { access: 'case.mine' },
      schema: {
        tags,
        summary: 'Mine sager: my open cases, the next deadline first',
        querystring: MyCasesQuery,
        response: { 200: MyCasesResponse },
      },
    },
    async (request) => app.services.caseSearch.mine(request.context(), request.query),
  );

  app.get(
    '/cases/:caseId',
    {
      config: { access: 'case.read' },
      schema: { tags, summary: 'Read a case', params: CaseParams, response: { 200: CaseDetail } },
    },
    async (request) => cases.get(request.context(), request.params.caseId),
  );

  app.patch(
    '/cases/:caseId',
    {
      config: { access: 'case.update' },
      schema: {
        tags,
        summary: 'Change a case (409 on a stale version)',
        params: CaseParams,
        body: UpdateCaseRequest,
        response: { 200: CaseDetail },
      },
    },
    async (request) => cases.update(request.context(), request.params.caseId, request.body),
  );

  app.post(
    '/cases/:caseId/cpr',
    {
      config: { access: 'case.revealCpr' },
      schema: {
        tags,
        summary: 'Reveal the full CPR number (logged)',
        params: CaseParams,
        body: RevealCprRequest,
        response: { 200: RevealCprResponse },
      },
    },
    async (request) => cases.revealCpr(request.context(), request.params.caseId, request.body.reason),
  );

  app.get(
    '/cases/:caseId/access-log',
    {
      config: { access: 'case.readAccessLog' },
      schema: {
        tags,
        summary: 'Who has seen the case',
        params: CaseParams,
        querystring: CursorQuery,
        response: { 200: CaseAccessLogResponse },
      },
    },
    async (request) => auditQueries.caseAccessLog(request.context(), request.params.caseId, request.query.cursor),
  );

  app.get(
    '/cases/:caseId/history',
    {
      config: { access: 'case.history' },
      schema: {
        tags,
        summary: 'Field-by-field change history of the case and its records',
        params: CaseParams,
        querystring: ChangeHistoryQuery,
        response: { 200: ChangeHistoryResponse },
      },
    },
    async (request) => auditQueries.caseHistory(request.context(), request.params.caseId, request.query),
  );

  app.post(
    '/cases/:caseId/team',
    {
      config: { access: 'case.manageTeam' },
      schema: {
        tags,
        summary: 'Add a person to the case team',
        params: CaseParams,
        body: AddTeamMemberRequest,
        response: { 201: CaseTeamMember },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await team.add(request.context(), request.params.caseId, request.body)),
  );

  app.patch(
    '/cases/:caseId/team/:memberId',
    {
      config: { access: 'case.manageTeam' },
      schema: {
        tags,
        summary: "Change a team member's case role",
        params: TeamMemberParams,
        body: UpdateTeamMemberRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await team.update(request.context(), request.params.caseId, request.params.memberId, request.body);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/cases/:caseId/team/:memberId',
    {
      config: { access: 'case.manageTeam' },
      schema: {
        tags,
        summary: 'Remove a person from the case team',
        params: TeamMemberParams,
        querystring: VersionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await team.remove(request.context(), request.params.caseId, request.params.memberId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
