import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptReferralRequest,
  CaseParams,
  CaseReferralParams,
  CreateReferralRequest,
  IncomingReferral,
  IncomingReferralList,
  IncomingReferralQuery,
  Referral,
  ReferralList,
  ReferralOptions,
  ReferralParams,
  ReturnReferralRequest,
  WithdrawReferralRequest,
} from '@inddrag/contracts';

const tags = ['referrals'];

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const { referrals } = app.services;

  // --- Myndighed: on the case --------------------------------------------------------------

  app.get(
    '/cases/:caseId/referral-options',
    {
      config: { access: 'case.refer' },
      schema: {
        tags,
        summary: 'Where the case may be referred (with the age-based default) and whether it may be now',
        params: CaseParams,
        response: { 200: ReferralOptions },
      },
    },
    async (request) => referrals.options(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/referrals',
    {
      config: { access: 'case.refer' },
      schema: {
        tags,
        summary: 'Refer the case to FamilieCentret or UngeCentret (visitation)',
        params: CaseParams,
        body: CreateReferralRequest,
        response: { 201: Referral },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await referrals.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/referrals',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: "The case's referrals, every status",
        params: CaseParams,
        response: { 200: ReferralList },
      },
    },
    async (request) => ({ items: await referrals.listForCase(request.context(), request.params.caseId) }),
  );

  app.post(
    '/cases/:caseId/referrals/:referralId/withdraw',
    {
      config: { access: 'case.refer' },
      schema: {
        tags,
        summary: 'Withdraw a referral not yet answered (409 on a stale version)',
        params: CaseReferralParams,
        body: WithdrawReferralRequest,
        response: { 200: Referral },
      },
    },
    async (request) =>
      referrals.withdraw(request.context(), request.params.caseId, request.params.referralId, request.body.version),
  );

  // --- The receiving leader -----------------------------------------------------------------

  app.get(
    '/referrals',
    {
      config: { access: 'referral.receive' },
      schema: {
        tags,
        summary: "Referrals to one's own unit (the package; each one shown is logged)",
        querystring: IncomingReferralQuery,
        response: { 200: IncomingReferralList },
      },
    },
    async (request) => ({ items: await referrals.incoming(request.context(), request.query.status) }),
  );

  app.get(
    '/referrals/:referralId',
    {
      config: { access: 'referral.receive' },
      schema: {
        tags,
        summary: "One referral to one's own unit (404 for any other)",
        params: ReferralParams,
        response: { 200: IncomingReferral },
      },
    },
    async (request) => referrals.incomingOne(request.context(), request.params.referralId),
  );

  app.post(
    '/referrals/:referralId/accept',
    {
      config: { access: 'referral.receive' },
      schema: {
        tags,
        summary: 'Accept the referral and assign a worker of the unit (409 on a stale version)',
        params: ReferralParams,
        body: AcceptReferralRequest,
        response: { 200: IncomingReferral },
      },
    },
    async (request) => referrals.accept(request.context(), request.params.referralId, request.body),
  );

  app.post(
    '/referrals/:referralId/return',
    {
      config: { access: 'referral.receive' },
      schema: {
        tags,
        summary: 'Send the referral back with a reason (409 on a stale version)',
        params: ReferralParams,
        body: ReturnReferralRequest,
        response: { 200: IncomingReferral },
      },
    },
    async (request) => referrals.sendBack(request.context(), request.params.referralId, request.body),
  );
};
