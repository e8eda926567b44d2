import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActionPlanDetail,
  ActionPlanFields,
  ActionPlanList,
  ActionPlanParams,
  ApproveActionPlanRequest,
  CaseParams,
  ProposeActionPlanRequest,
  RecordFollowUpRequest,
  SaveActionPlanRequest,
  ShareActionPlanRequest,
} from '@inddrag/contracts';
import { attachmentDisposition } from '../documents/content-disposition';

const tags = ['action-plans'];

/** Barnets plan / ungeplan: the plan as a versioned document, proposal, approval, sharing and follow-up. */
export const actionPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const { actionPlans } = app.services;

  app.get(
    '/cases/:caseId/action-plans',
    {
      config: { access: 'actionPlan.read' },
      schema: {
        tags,
        summary: "The case's plans, also a sibling's plan that covers it",
        params: CaseParams,
        response: { 200: ActionPlanList },
      },
    },
    async (request) => actionPlans.list(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/action-plans',
    {
      config: { access: 'actionPlan.edit' },
      schema: {
        tags,
        summary: 'Start the plan as a draft (one plan per case)',
        params: CaseParams,
        body: ActionPlanFields,
        response: { 201: ActionPlanDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await actionPlans.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/action-plans/:planId',
    {
      config: { access: 'actionPlan.read' },
      schema: {
        tags,
        summary: 'The plan: goals, tasks, network section, versions and follow-ups',
        params: ActionPlanParams,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => actionPlans.get(request.context(), request.params.caseId, request.params.planId),
  );

  app.get(
    '/cases/:caseId/action-plans/:planId/plan.pdf',
    {
      config: { access: 'actionPlan.read' },
      exposeHeadRoute: false,
      schema: { tags, summary: 'The plan for the family as a PDF (A4, CPR never shown)', params: ActionPlanParams },
    },
    async (request, reply) => {
      const file = await actionPlans.pdf(request.context(), request.params.caseId, request.params.planId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.pdf);
    },
  );

  app.put(
    '/cases/:caseId/action-plans/:planId',
    {
      config: { access: 'actionPlan.edit' },
      schema: {
        tags,
        summary: 'Save the whole plan as its next version (409 with the current plan when stale)',
        params: ActionPlanParams,
        body: SaveActionPlanRequest,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => actionPlans.save(request.context(), request.params.caseId, request.params.planId, request.body),
  );

  app.post(
    '/cases/:caseId/action-plans/:planId/propose',
    {
      config: { access: 'actionPlan.edit' },
      schema: {
        tags,
        summary: "Propose the draft for Myndighed's approval",
        params: ActionPlanParams,
        body: ProposeActionPlanRequest,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) =>
      actionPlans.propose(request.context(), request.params.caseId, request.params.planId, request.body.version),
  );

  app.post(
    '/cases/:caseId/action-plans/:planId/approve',
    {
      config: { access: 'actionPlan.approve' },
      schema: {
        tags,
        summary: 'Approve the plan (Myndighed); meets the BL § 91 deadline',
        params: ActionPlanParams,
        body: ApproveActionPlanRequest,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) =>
      actionPlans.approve(request.context(), request.params.caseId, request.params.planId, request.body),
  );

  app.post(
    '/cases/:caseId/action-plans/:planId/share',
    {
      config: { access: 'actionPlan.edit' },
      schema: {
        tags,
        summary: 'Record when the plan was shared with the child and the custody holders, and their comments',
        params: ActionPlanParams,
        body: ShareActionPlanRequest,
        response: { 200: ActionPlanDetail },
      },
    },
    async (request) => actionPlans.share(request.context(), request.params.caseId, request.params.planId, request.body),
  );

  app.post(
    '/cases/:caseId/action-plans/:planId/follow-ups',
    {
      config: { access: 'actionPlan.followUp' },
      schema: {
        tags,
        summary: 'Record a follow-up (BL § 95) per goal; sets the next follow-up date',
        params: ActionPlanParams,
        body: RecordFollowUpRequest,
        response: { 201: ActionPlanDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await actionPlans.recordFollowUp(
            request.context(),
            request.params.caseId,
            request.params.planId,
            request.body,
          ),
        ),
  );
};
