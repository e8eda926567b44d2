import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseConcerns,
  CaseParams,
  ChangeConcernStatusRequest,
  ConcernGround,
  ConcernGroundInput,
  ConcernGroundParams,
  ConcernStatement,
  ConcernStatementHistory,
  ConcernStatementParams,
  CreateConcernStatementRequest,
  CreateSafetyAssessmentRequest,
  SafetyAssessment,
  SafetyAssessmentList,
  SafetyAssessmentParams,
  UpdateConcernGroundRequest,
  UpdateConcernStatementRequest,
  UpdateSafetyAssessmentRequest,
} from '@inddrag/contracts';

const tags = ['concerns'];

/** Bekymringer, sikkerhedsmål og kortlægninger. */
export const concernRoutes: FastifyPluginAsyncZod = async (app) => {
  const { grounds, statements, assessments } = app.services.concerns;

  app.get(
    '/cases/:caseId/concerns',
    {
      config: { access: 'concerns.read' },
      schema: {
        tags,
        summary: 'The grounds for concern by date and the statement/goal pairs by number',
        params: CaseParams,
        response: { 200: CaseConcerns },
      },
    },
    async (request) => grounds.overview(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/concern-grounds',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: "Add a ground for concern, linked to the case's own notification, note or document",
        params: CaseParams,
        body: ConcernGroundInput,
        response: { 201: ConcernGround },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await grounds.create(request.context(), request.params.caseId, request.body)),
  );

  app.put(
    '/cases/:caseId/concern-grounds/:groundId',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: 'Rewrite a ground for concern (409 with the current ground when version is stale)',
        params: ConcernGroundParams,
        body: UpdateConcernGroundRequest,
        response: { 200: ConcernGround },
      },
    },
    async (request) =>
      grounds.update(request.context(), request.params.caseId, request.params.groundId, request.body),
  );

  app.post(
    '/cases/:caseId/concern-statements',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: 'Write a concern statement and its safety goal, numbered next on the case (version 1)',
        params: CaseParams,
        body: CreateConcernStatementRequest,
        response: { 201: ConcernStatement },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await statements.create(request.context(), request.params.caseId, request.body)),
  );

  app.put(
    '/cases/:caseId/concern-statements/:statementId',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: 'Save the pair as its next version (409 with the current pair when version is stale)',
        params: ConcernStatementParams,
        body: UpdateConcernStatementRequest,
        response: { 200: ConcernStatement },
      },
    },
    async (request) =>
      statements.update(request.context(), request.params.caseId, request.params.statementId, request.body),
  );

  app.post(
    '/cases/:caseId/concern-statements/:statementId/status',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: 'Goal achieved, statement withdrawn (with a reason) or active again: a new version',
        params: ConcernStatementParams,
        body: ChangeConcernStatusRequest,
        response: { 200: ConcernStatement },
      },
    },
    async (request) =>
      statements.changeStatus(request.context(), request.params.caseId, request.params.statementId, request.body),
  );

  app.get(
    '/cases/:caseId/concern-statements/:statementId/versions',
    {
      config: { access: 'concerns.read' },
      schema: {
        tags,
        summary: "The pair's saved versions, newest first, each with who, unit, when and the text",
        params: ConcernStatementParams,
        response: { 200: ConcernStatementHistory },
      },
    },
    async (request) => statements.versions(request.context(), request.params.caseId, request.params.statementId),
  );

  app.get(
    '/cases/:caseId/safety-assessments',
    {
      config: { access: 'concerns.read' },
      schema: {
        tags,
        summary: "The case's assessments (kortlægninger), newest first",
        params: CaseParams,
        response: { 200: SafetyAssessmentList },
      },
    },
    async (request) => assessments.list(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/safety-assessments',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: "Make an assessment in three columns, showing some of the case's pairs",
        params: CaseParams,
        body: CreateSafetyAssessmentRequest,
        response: { 201: SafetyAssessment },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await assessments.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/safety-assessments/:assessmentId',
    {
      config: { access: 'concerns.read' },
      schema: {
        tags,
        summary: 'An assessment with the child and its pairs as they are now',
        params: SafetyAssessmentParams,
        response: { 200: SafetyAssessment },
      },
    },
    async (request) => assessments.get(request.context(), request.params.caseId, request.params.assessmentId),
  );

  app.put(
    '/cases/:caseId/safety-assessments/:assessmentId',
    {
      config: { access: 'concerns.edit' },
      schema: {
        tags,
        summary: 'Rewrite an assessment (409 with the current assessment when version is stale)',
        params: SafetyAssessmentParams,
        body: UpdateSafetyAssessmentRequest,
        response: { 200: SafetyAssessment },
      },
    },
    async (request) =>
      assessments.update(request.context(), request.params.caseId, request.params.assessmentId, request.body),
  );
};
