import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivateSafetyPlanRequest,
  CaseParams,
  CloseSafetyPlanRequest,
  CreateSafetyPlanRequest,
  HoldSafetyPlanReviewRequest,
  SafetyPlanDetail,
  SafetyPlanList,
  SafetyPlanParams,
  SafetyPlanReviewParams,
  SaveSafetyPlanRequest,
} from '@inddrag/contracts';

const tags = ['safety-plans'];

/** Sikkerhedsplaner: the plan as a versioned document, its activation, reviews with scaling, and closure. */
export const safetyPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const { safetyPlans } = app.services;

  app.get(
    '/cases/:caseId/safety-plans',
    {
      config: { access: 'safetyPlan.read' },
      schema: { tags, summary: "The case's safety plans: open ones first, then newest first", params: CaseParams, response: { 200: SafetyPlanList } },
    },
    async (request) => safetyPlans.list(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/safety-plans',
    {
      config: { access: 'safetyPlan.edit' },
      schema: {
        tags,
        summary: 'Start a safety plan as a draft (one plan that is not closed per case)',
        params: CaseParams,
        body: CreateSafetyPlanRequest,
        response: { 201: SafetyPlanDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await safetyPlans.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/safety-plans/:planId',
    {
      config: { access: 'safetyPlan.read' },
      schema: {
        tags,
        summary: 'A safety plan: pairs, rules, network, checks, explanation to the child, reviews and the persons to choose from',
        params: SafetyPlanParams,
        response: { 200: SafetyPlanDetail },
      },
    },
    async (request) => safetyPlans.get(request.context(), request.params.caseId, request.params.planId),
  );

  app.put(
    '/cases/:caseId/safety-plans/:planId',
    {
      config: { access: 'safetyPlan.edit' },
      schema: {
        tags,
        summary: 'Save the whole plan as its next version (409 with the current plan when the version is stale)',
        params: SafetyPlanParams,
        body: SaveSafetyPlanRequest,
        response: { 200: SafetyPlanDetail },
      },
    },
    async (request) => safetyPlans.save(request.context(), request.params.caseId, request.params.planId, request.body),
  );

  app.post(
    '/cases/:caseId/safety-plans/:planId/activate',
    {
      config: { access: 'safetyPlan.edit' },
      schema: {
        tags,
        summary: 'Put a draft in force (400 listing what it still lacks)',
        params: SafetyPlanParams,
        body: ActivateSafetyPlanRequest,
        response: { 200: SafetyPlanDetail },
      },
    },
    async (request) => safetyPlans.activate(request.context(), request.params.caseId, request.params.planId, request.body),
  );

  app.post(
    '/cases/:caseId/safety-plans/:planId/reviews/:reviewId/hold',
    {
      config: { access: 'safetyPlan.edit' },
      schema: {
        tags,
        summary: 'Record a review of a plan in force as held, with the scale scores given at it',
        params: SafetyPlanReviewParams,
        body: HoldSafetyPlanReviewRequest,
        response: { 200: SafetyPlanDetail },
      },
    },
    async (request) =>
      safetyPlans.holdReview(request.context(), request.params.caseId, request.params.planId, request.params.reviewId, request.body),
  );

  app.post(
    '/cases/:caseId/safety-plans/:planId/close',
    {
      config: { access: 'safetyPlan.close' },
      schema: {
        tags,
        summary: "Close a plan in force (Myndighed's decision)",
        params: SafetyPlanParams,
        body: CloseSafetyPlanRequest,
        response: { 200: SafetyPlanDetail },
      },
    },
    async (request) => safetyPlans.close(request.context(), request.params.caseId, request.params.planId, request.body),
  );
};
