import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseDecision,
  CaseDecisionList,
  CaseDetail,
  CaseParams,
  CaseParent,
  ChangePhaseRequest,
  ChildNotification,
  ChildNotificationList,
  CreateCaseRequest,
  CreateCaseResponse,
  DecisionInput,
  LinkSiblingRequest,
  NotificationInput,
  ParentInput,
  ParentParams,
  PhaseChangeList,
  RecordRiskAssessmentRequest,
  SiblingParams,
  UpdateParentRequest,
  VersionQuery,
} from '@inddrag/contracts';

const tags = ['cases'];

/** Registering cases and recording their facts: notifications, phases, decisions, parents, siblings, risk assessment. */
export const caseRegisterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { cases, register, caseFacts } = app.services;

  app.post(
    '/cases',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        summary: 'Register a notification about a child without an open case; opens the case',
        body: CreateCaseRequest,
        response: { 201: CreateCaseResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await register.create(request.context(), request.body)),
  );

  app.get(
    '/cases/:caseId/notifications',
    {
      config: { access: 'case.read' },
      schema: { tags, summary: 'Notifications received', params: CaseParams, response: { 200: ChildNotificationList } },
    },
    async (request) => ({ items: await register.listNotifications(request.context(), request.params.caseId) }),
  );

  app.post(
    '/cases/:caseId/notifications',
    {
      config: { access: 'case.registerNotification' },
      schema: {
        tags,
        summary: 'Register a new notification on the case',
        params: CaseParams,
        body: NotificationInput,
        response: { 201: ChildNotification },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await register.registerNotification(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/phases',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: 'The phase changes, newest first',
        params: CaseParams,
        response: { 200: PhaseChangeList },
      },
    },
    async (request) => ({ items: await register.listPhaseChanges(request.context(), request.params.caseId) }),
  );

  app.post(
    '/cases/:caseId/phases',
    {
      config: { access: 'case.changePhase' },
      schema: {
        tags,
        summary: 'Move the case to another phase (409 on a stale version)',
        params: CaseParams,
        body: ChangePhaseRequest,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await register.changePhase(request.context(), request.params.caseId, request.body);
      return cases.loadDetail(request.context(), request.params.caseId);
    },
  );

  app.get(
    '/cases/:caseId/decisions',
    {
      config: { access: 'case.read' },
      schema: { tags, summary: 'Decisions on the case', params: CaseParams, response: { 200: CaseDecisionList } },
    },
    async (request) => ({ items: await caseFacts.listDecisions(request.context(), request.params.caseId) }),
  );

  app.post(
    '/cases/:caseId/decisions',
    {
      config: { access: 'case.recordDecision' },
      schema: {
        tags,
        summary: 'Record a decision (e.g. BL § 32: measure, purpose, expected duration)',
        params: CaseParams,
        body: DecisionInput,
        response: { 201: CaseDecision },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await caseFacts.recordDecision(request.context(), request.params.caseId, request.body)),
  );

  app.post(
    '/cases/:caseId/parents',
    {
      config: { access: 'case.manageParents' },
      schema: {
        tags,
        summary: 'Add a custody holder or other parent',
        params: CaseParams,
        body: ParentInput,
        response: { 201: CaseParent },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await caseFacts.addParent(request.context(), request.params.caseId, request.body)),
  );

  app.put(
    '/cases/:caseId/parents/:parentId',
    {
      config: { access: 'case.manageParents' },
      schema: {
        tags,
        summary: 'Change a parent (409 on a stale version)',
        params: ParentParams,
        body: UpdateParentRequest,
        response: { 200: CaseParent },
      },
    },
    async (request) =>
      caseFacts.updateParent(request.context(), request.params.caseId, request.params.parentId, request.body),
  );

  app.delete(
    '/cases/:caseId/parents/:parentId',
    {
      config: { access: 'case.manageParents' },
      schema: { tags, summary: 'Remove a parent from the case', params: ParentParams, querystring: VersionQuery },
    },
    async (request, reply) => {
      await caseFacts.removeParent(
        request.context(),
        request.params.caseId,
        request.params.parentId,
        request.query.version,
      );
      return reply.code(204).send();
    },
  );

  app.post(
    '/cases/:caseId/siblings',
    {
      config: { access: 'case.linkSiblings' },
      schema: {
        tags,
        summary: "Link a sibling's case",
        params: CaseParams,
        body: LinkSiblingRequest,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await caseFacts.linkSibling(request.context(), request.params.caseId, request.body);
      return cases.loadDetail(request.context(), request.params.caseId);
    },
  );

  app.delete(
    '/cases/:caseId/siblings/:siblingCaseId',
    {
      config: { access: 'case.linkSiblings' },
      schema: { tags, summary: "Unlink a sibling's case", params: SiblingParams },
    },
    async (request, reply) => {
      await caseFacts.unlinkSibling(request.context(), request.params.caseId, request.params.siblingCaseId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/cases/:caseId/honour-risk-assessment',
    {
      config: { access: 'case.assessHonourRisk' },
      schema: {
        tags,
        summary: 'Record the risk assessment required by BL § 18, stk. 3',
        params: CaseParams,
        body: RecordRiskAssessmentRequest,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await caseFacts.recordRiskAssessment(request.context(), request.params.caseId, request.body);
      return cases.loadDetail(request.context(), request.params.caseId);
    },
  );
};
